/**
 * What the service worker keeps for offline reading. Pure: the build hands in the files it
 * wrote and their contents' fingerprint; the worker's own code is in
 * src/integrations/service-worker.js.
 */

/** More pages than this and only the main pages are kept ahead; guides are kept as they are read. */
export const MAX_PRECACHED_PAGES = 200;

/**
 * The URLs to keep ahead of time: every page (or, on a very large site, the home, guide list,
 * calculator and 404 pages of each language), the site's scripts and styles, and the logo.
 * Search's index, the sitemap and other files a patient never opens offline are left out.
 *
 * @example
 * precacheUrls(['index.html', 'guides/costs/index.html', '_astro/a.js', 'pagefind/x.pf_index', 'sitemap.xml'], '/b/')
 * // => ['/b/', '/b/guides/costs/', '/b/_astro/a.js']
 */
export function precacheUrls(files: readonly string[], base: string, keepPage: (path: string) => boolean = () => true): string[] {
	const pages = files.filter((f) => f.endsWith('.html'));
	const many = pages.length > MAX_PRECACHED_PAGES;
	const urls: string[] = [];
	for (const file of files) {
		if (file.endsWith('.html')) {
			const path = file.replace(/(^|\/)index\.html$/, '$1');
			if (!many || keepPage(path)) urls.push(`${base}${path}`);
		} else if (file.startsWith('_astro/') || /\.(svg|png|webp|ico)$/.test(file)) {
			urls.push(`${base}${file}`);
		}
	}
	return urls;
}

/**
 * The service worker's source: its version, the base and the list to keep, ahead of the
 * worker's code (which names its caches after the base and the version).
 *
 * @example
 * serviceWorkerSource({ version: 'abc', base: '/', urls: ['/'], code: '/* code *\/' }).split('\n')[0]
 * // => 'const VERSION = "abc";'
 */
export function serviceWorkerSource({ version, base, urls, code }: { version: string; base: string; urls: readonly string[]; code: string }): string {
	return [`const VERSION = ${JSON.stringify(version)};`, `const BASE = ${JSON.stringify(base)};`, `const PRECACHE = ${JSON.stringify(urls)};`, code].join('\n');
}
