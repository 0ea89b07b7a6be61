/*
 * The search page: Pagefind's JavaScript API behind the site's own results list. Pagefind loads
 * from the base path the first time the box is used (or a query arrives in the fragment); the
 * query lives only in the fragment (`#q=fever`), so it never reaches the host. When nothing is
 * found, the closest words of the guides are offered from the build's word list.
 */
import { fill } from '../../i18n/fill.ts';
import { landingHash, markedWords } from './landing.ts';
import { loadPagefind, type PagefindData, type PagefindSubResult } from './pagefind.ts';
import { queryFromHash, queryHash } from './query-hash.ts';
import { wordListFile } from './words.ts';
import type { SearchStrings } from './strings.ts';

/** Sections listed under a result, at most. */
const MAX_SECTIONS = 3;
/** Results shown, at most (the site has a few dozen pages per language). */
const MAX_RESULTS = 20;

const root = document.querySelector<HTMLElement>('.site-search');
if (root) start(root);

function start(root: HTMLElement) {
	const bundle = root.dataset['bundle'] ?? '';
	const base = root.dataset['base'] ?? '/';
	const locale = root.dataset['locale'] ?? 'en';
	const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
	const form = root.querySelector<HTMLFormElement>('form');
	const input = root.querySelector<HTMLInputElement>('input[type="search"]');
	const status = root.querySelector<HTMLElement>('.site-search__status');
	const list = root.querySelector<HTMLOListElement>('.site-search__results');
	const none = root.querySelector<HTMLElement>('.site-search__none');
	const suggestionBlock = root.querySelector<HTMLElement>('.site-search__suggestions');
	const suggestionList = root.querySelector<HTMLUListElement>('.site-search__suggestions ul');
	const message = root.querySelector<HTMLElement>('.site-search__message');
	const aToZ = document.querySelector<HTMLElement>('.a-to-z');
	if (!form || !input || !status || !list || !none || !suggestionBlock || !suggestionList || !message) return;

	// The "N results for …" heading, made here: an empty heading in the page would be announced.
	const summary = document.createElement('h2');
	summary.className = 'site-search__summary';
	summary.tabIndex = -1;
	status.append(summary);
	const plural = new Intl.PluralRules(locale);
	let latest = 0;
	let wordsLoading: Promise<string[]> | undefined;

	const unavailable = () => {
		message.hidden = false;
	};
	if (import.meta.env.DEV) {
		message.textContent = strings['search.devMode'];
		message.hidden = false;
		return;
	}

	function clear() {
		summary.textContent = '';
		list!.replaceChildren();
		list!.hidden = true;
		none!.hidden = true;
		if (aToZ) aToZ.hidden = false;
	}

	/** Runs a search and shows it, unless a newer one has started meanwhile. */
	async function run(query: string, { debounced = false, focus = false } = {}) {
		const ticket = ++latest;
		if (!query) {
			clear();
			return;
		}
		let pagefind;
		try {
			pagefind = await loadPagefind(bundle, base);
		} catch {
			unavailable();
			return;
		}
		const found = debounced ? await pagefind.debouncedSearch(query) : await pagefind.search(query);
		if (!found || ticket !== latest) return;
		const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
		if (ticket !== latest) return;
		if (aToZ) aToZ.hidden = true;
		if (pages.length === 0) await showNone(query, ticket);
		else showResults(query, pages);
		if (focus && ticket === latest) summary.focus();
	}

	function showResults(query: string, pages: PagefindData[]) {
		const key = plural.select(pages.length) === 'one' ? 'search.resultsOne' : 'search.resultsOther';
		summary.textContent = fill(strings[key], { count: pages.length, query });
		none!.hidden = true;
		list!.replaceChildren(...pages.map(resultItem));
		list!.hidden = false;
	}

	async function showNone(query: string, ticket: number) {
		summary.textContent = fill(strings['search.noResults'], { query });
		list!.replaceChildren();
		list!.hidden = true;
		suggestionBlock!.hidden = true;
		none!.hidden = false;
		try {
			wordsLoading ??= fetch(`${bundle}${wordListFile(locale)}`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
			const [words, { suggestions }] = await Promise.all([wordsLoading, import('./suggest.ts')]);
			const offered = suggestions(query, words, locale);
			if (ticket !== latest || offered.length === 0) return;
			suggestionList!.replaceChildren(
				...offered.map((word) => {
					const item = document.createElement('li');
					const link = document.createElement('a');
					link.href = `#${queryHash(word)}`;
					link.textContent = word;
					item.append(link);
					return item;
				}),
			);
			suggestionBlock!.hidden = false;
		} catch {
			// Suggestions are a help, not a need: the page already says nothing was found.
		}
	}

	function resultItem(page: PagefindData): HTMLLIElement {
		const excerpts = [page.excerpt, ...page.sub_results.map((s) => s.excerpt)];
		const words = [...new Set(excerpts.flatMap((e) => markedWords(e, locale)))];
		const item = document.createElement('li');
		item.className = 'search-result';
		const heading = document.createElement('h3');
		heading.className = 'search-result__title';
		const link = document.createElement('a');
		link.href = `${page.url}#${landingHash({ words })}`;
		link.textContent = page.meta.title ?? page.url;
		heading.append(link);
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		excerpt.append(...excerptNodes(page.excerpt));
		item.append(heading, excerpt);
		const sections = bestSections(page);
		if (sections.length > 0) {
			const label = document.createElement('p');
			label.className = 'search-result__in';
			label.id = `in-${page.url.replace(/[^a-z0-9]+/gi, '-')}`;
			label.textContent = strings['search.inThisGuide'];
			const links = document.createElement('ul');
			links.setAttribute('aria-labelledby', label.id);
			for (const section of sections) {
				const li = document.createElement('li');
				const a = document.createElement('a');
				const sectionWords = markedWords(section.excerpt, locale);
				a.href = `${page.url}#${landingHash({ at: section.anchor?.id, words: sectionWords.length > 0 ? sectionWords : words })}`;
				a.textContent = section.title;
				li.append(a);
				links.append(li);
			}
			item.append(label, links);
		}
		return item;
	}

	input.addEventListener('focus', () => void loadPagefind(bundle, base).catch(unavailable), { once: true });
	input.addEventListener('input', () => {
		const query = input.value.trim();
		history.replaceState(null, '', query ? `#${queryHash(query)}` : location.pathname);
		void run(query, { debounced: true });
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value.trim());
	});
	addEventListener('hashchange', () => {
		const query = queryFromHash(location.hash);
		if (query === input.value.trim()) return;
		input.value = query;
		void run(query, { focus: true });
	});
	const initial = queryFromHash(location.hash);
	if (initial) {
		input.value = initial;
		void run(initial);
	}
}

/** The sections of a page that match, best first, at most MAX_SECTIONS, in reading order. */
function bestSections(page: PagefindData): PagefindSubResult[] {
	const score = (s: PagefindSubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
	const sections = page.sub_results.filter((s) => s.anchor?.id && /^h[2-4]$/i.test(s.anchor.element));
	const best = new Set([...sections].sort((a, b) => score(b) - score(a)).slice(0, MAX_SECTIONS));
	return sections.filter((s) => best.has(s));
}

/** An excerpt as text and `<mark>` nodes only: Pagefind's HTML is parsed, never inserted. */
function excerptNodes(html: string): Node[] {
	const body = new DOMParser().parseFromString(html, 'text/html').body;
	return [...body.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}
