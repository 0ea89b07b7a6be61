/*
 * The part of Pagefind's JavaScript API (`pagefind.js`, Pagefind 1.x) this site uses. The module
 * is built with the index, so it is loaded at run time from the site's base path, not bundled.
 */
export interface PagefindAnchor {
	element: string;
	id: string;
	text?: string;
}

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations: { balanced_score: number }[];
	anchor?: PagefindAnchor;
}

export interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindData>;
}

export interface Pagefind {
	options: (options: { basePath: string; baseUrl: string; excerptLength: number; noWorker: boolean }) => Promise<void>;
	search: (term: string) => Promise<{ results: PagefindResult[] }>;
	debouncedSearch: (term: string, options?: object, debounceMs?: number) => Promise<{ results: PagefindResult[] } | null>;
}

/** Words per excerpt: two to three lines at the page's measure. */
const EXCERPT_WORDS = 26;

let loading: Promise<Pagefind> | undefined;

/**
 * Loads `pagefind.js` from the bundle once, on first use. No worker: the index is small, and
 * searching on the page saves a second download.
 */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
	loading ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pagefind) => {
		await pagefind.options({ basePath: bundle, baseUrl: base, excerptLength: EXCERPT_WORDS, noWorker: true });
		return pagefind;
	});
	return loading;
}
