/**
 * Checks a built site without a browser: every page passes html-validate's accessibility rules
 * (validity is scripts/nu-check.ts's), every internal
 * link and `#anchor` leads to a built file and an element id, every image has a text
 * alternative, and every page has its own title and description. Prints one line per problem.
 *
 * Several builds under the same base are checked in one run, each `--dir` in turn.
 *
 * Usage: node scripts/check-site.ts [--dir dist-test] [--dir dist-test-tr …] [--base /clinic-site/]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { strings } from '../src/i18n/index.ts';
import { builtFiles } from '../src/integrations/built-files.ts';
import { option, options } from './cli.ts';

export interface BuiltPage {
	/** The page's path below the base, as a browser asks for it: '', 'guides/', '404.html'. */
	path: string;
	html: string;
}

/** The HTML pages of a build (Pagefind's own files left out), with their paths below the base. */
export function builtPages(dir: string, files: readonly string[]): BuiltPage[] {
	return files
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.map((file) => ({ path: file.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(join(dir, file), 'utf8') }));
}

/** Every id an HTML page defines. */
export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/**
 * The internal link targets on a page (`href` and `src` under the base, and `#anchors` on the
 * page itself), as paths below the base with their fragment.
 *
 * @example
 * internalLinks('<a href="/b/guides/#top">x</a><a href="#main">y</a><a href="tel:999">z</a>', '/b/', 'search/')
 * // => [{ path: 'guides/', anchor: 'top' }, { path: 'search/', anchor: 'main' }]
 */
export function internalLinks(html: string, base: string, pagePath: string): { path: string; anchor: string | undefined }[] {
	const links: { path: string; anchor: string | undefined }[] = [];
	for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
		const value = (match[1] ?? '').replaceAll('&amp;', '&');
		const [target = '', anchor] = value.split('#') as [string, string | undefined];
		if (value.startsWith('#')) links.push({ path: pagePath, anchor: decodeURIComponent(anchor ?? '') });
		else if (target.startsWith(base)) links.push({ path: target.slice(base.length).split('?')[0] ?? '', anchor: anchor && decodeURIComponent(anchor) });
	}
	return links;
}

/** Problems with links and anchors across the site: one plain sentence each. */
export function linkProblems(pages: readonly BuiltPage[], base: string, files: ReadonlySet<string>): string[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const problems: string[] = [];
	for (const page of pages) {
		for (const { path, anchor } of internalLinks(page.html, base, page.path)) {
			const target = byPath.get(path);
			if (!target && !files.has(path)) problems.push(`${page.path || '/'}: links to ${base}${path}, which the build does not have`);
			else if (anchor && target && !idsOf(target.html).has(anchor)) problems.push(`${page.path || '/'}: links to #${anchor} on ${base}${path}, which has no such id`);
		}
	}
	return [...new Set(problems)];
}

/** Pages that share a title or a description with another page (the 404 page is left out). */
export function duplicateMeta(pages: readonly BuiltPage[]): string[] {
	const problems: string[] = [];
	for (const [what, pattern] of [
		['title', /<title>([^<]*)<\/title>/],
		['description', /<meta name="description" content="([^"]*)"/],
	] as const) {
		const seen = new Map<string, string>();
		for (const page of pages.filter((p) => p.path !== '404.html')) {
			const value = pattern.exec(page.html)?.[1];
			if (!value) problems.push(`${page.path || '/'}: has no ${what}`);
			else if (seen.has(value)) problems.push(`${page.path || '/'}: has the same ${what} as ${seen.get(value) || '/'}: "${value}"`);
			else seen.set(value, page.path);
		}
	}
	return problems;
}

/**
 * The words a reader sees on a page: text outside tags, scripts and styles, leaving out elements
 * marked as another language (the language switcher's links, the 404 page's other languages).
 */
export function visibleText(html: string, otherLang: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(new RegExp(`<(\\w+)\\b[^>]*\\slang="${otherLang}[^"]*"[\\s\\S]*?</\\1>`, 'g'), ' ')
		.replace(/<[^>]+>/g, ' ')
		.replaceAll('&amp;', '&')
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.replace(/\s+/g, ' ');
}

/**
 * English interface strings found on a page in another language: each English string that the
 * other language words differently, cut at its placeholders into runs of at least two words.
 *
 * @example
 * untranslated('<html lang="tr-TR"><p>Skip to main content</p></html>', { a: 'Skip to main content' }, { a: 'Ana içeriğe geç' })
 * // => ['Skip to main content']
 */
export function untranslated(html: string, english: Record<string, string>, translated: Record<string, string>): string[] {
	const text = visibleText(html, 'en');
	const found = new Set<string>();
	for (const [key, value] of Object.entries(english)) {
		if (translated[key] === value) continue;
		for (const run of value.split(/\{\w+\}/).map((part) => part.trim().replace(/^[,.:;]\s*/, ''))) {
			if (run.split(/\s+/).length >= 2 && run.length >= 8 && text.includes(run)) found.add(run);
		}
	}
	return [...found];
}

/**
 * html-validate, for what the W3C Nu HTML Checker (scripts/nu-check.ts) does not look at: its
 * accessibility and document rules (labels, text of buttons and links, landmarks, alt text,
 * focusable content hidden from screen readers). Parsing, content models, attributes, duplicate
 * ids, references, redundant roles and heading levels are the Nu checker's, so they are off here.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:a11y', 'html-validate:document'],
	rules: {
		'no-dup-id': 'off',
		'heading-level': 'off',
		'missing-doctype': 'off',
		'no-missing-references': 'off',
		'no-redundant-role': 'off',
		// Subresource integrity guards files from another origin; the site loads none (the
		// browser tests fail on any request to another origin).
		'require-sri': 'off',
		// Named so html-validate can read the one disable comment the site has (IslandSlot.astro),
		// which is for a rule of its full set that is off here.
		'no-unused-disable': 'off',
	},
};


/** Every problem of one build, one line each. */
async function buildProblems(dir: string, base: string, validator: HtmlValidate): Promise<{ pages: number; problems: string[] }> {
	const list = await builtFiles(dir);
	const pages = builtPages(dir, list);
	const files = new Set(list);
	const problems: string[] = [];
	for (const page of pages) {
		const report = await validator.validateString(page.html, page.path || 'index.html');
		for (const result of report.results) {
			problems.push(...result.messages.map((m: Message) => `${page.path || '/'}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`));
		}
	}
	problems.push(...linkProblems(pages, base, files), ...duplicateMeta(pages));
	for (const page of pages.filter((p) => /<html[^>]*\slang="tr/.test(p.html))) {
		for (const run of untranslated(page.html, strings.en, strings.tr)) problems.push(`${page.path || '/'}: shows the English "${run}" on a Turkish page`);
	}
	return { pages: pages.length, problems };
}

if (import.meta.main) {
	const dirs = options('dir');
	const base = option('base') ?? '/';
	const validator = new HtmlValidate(htmlValidateConfig);
	const problems: string[] = [];
	for (const dir of dirs.length > 0 ? dirs : ['dist']) {
		const build = await buildProblems(dir, base, validator);
		console.log(`\nChecked ${build.pages} pages of ${dir}: HTML, links and anchors, titles and descriptions, English left on Turkish pages.`);
		problems.push(...build.problems.map((problem) => `${dir}: ${problem}`));
	}
	if (problems.length > 0) {
		console.error(problems.join('\n'));
		console.error(`\n${problems.length} problems.`);
		process.exit(1);
	}
	console.log('No problems found.');
}
