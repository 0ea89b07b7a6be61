import { describe, expect, test } from 'vitest';
import { MAX_PRECACHED_PAGES, precacheUrls, serviceWorkerSource } from './service-worker.ts';

describe('precacheUrls', () => {
	test('keeps pages, scripts, styles and images, not search, sitemap or headers', () => {
		expect(
			precacheUrls(['index.html', 'tr/index.html', 'guides/costs/index.html', '404.html', '_astro/a.js', '_astro/b.css', 'logo.svg', 'pagefind/pagefind.js', 'pagefind/x.pf_index', 'sitemap.xml', 'robots.txt', '_headers', 'sw.js'], '/b/'),
		).toEqual(['/b/', '/b/tr/', '/b/guides/costs/', '/b/404.html', '/b/_astro/a.js', '/b/_astro/b.css', '/b/logo.svg']);
	});

	test('on a very large site keeps only the pages the filter chooses, and every asset', () => {
		const guides = Array.from({ length: MAX_PRECACHED_PAGES }, (_, i) => `guides/g${i}/index.html`);
		const urls = precacheUrls(['index.html', ...guides, '_astro/a.js'], '/', (path) => path === '');
		expect(urls).toEqual(['/', '/_astro/a.js']);
	});
});

test('the source starts with the version, the base and the list', () => {
	const source = serviceWorkerSource({ version: 'abc123', base: '/b/', urls: ['/b/'], code: 'self.x = 1;' });
	expect(source).toBe('const VERSION = "abc123";\nconst BASE = "/b/";\nconst PRECACHE = ["/b/"];\nself.x = 1;');
});
