import { expect, test } from 'vitest';
import { openContext, sitemapUrls, useBrowser } from './support/browser.ts';
import { langOf, siteUrl } from './support/site.ts';

/*
 * What changes with the default language: where each language's pages live, and that each page
 * names its language and its twins. npm test runs this file against both builds (English first
 * and Turkish first), with navigation, search and offline tests.
 */
const pages = await sitemapUrls(siteUrl);

const browser = await useBrowser();

test('the sitemap lists the pages of both languages', () => {
	expect(pages.length).toBeGreaterThanOrEqual(10);
	expect(pages.some((url) => langOf(url) === 'tr')).toBe(true);
	expect(pages.some((url) => langOf(url) === 'en')).toBe(true);
	expect(pages.every((url) => url.startsWith(siteUrl))).toBe(true);
});

test('every page has the right <html lang> and hreflang links to its twins', async () => {
	// Both are in the markup as served: each page is fetched as it is served and read by the
	// browser's own HTML parser, all in one tab (a navigation per page cost a second or two of
	// CPU for the page's styles and images, which say nothing of its language).
	const page = await (await openContext(browser, { serviceWorkers: 'block' })).newPage();
	await page.goto(siteUrl);
	const found = await page.evaluate(async (urls) => {
		const parser = new DOMParser();
		return Promise.all(
			urls.map(async (url) => {
				const response = await fetch(url);
				const doc = parser.parseFromString(await response.text(), 'text/html');
				const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => link.getAttribute('hreflang'));
				return { url, status: response.status, lang: doc.documentElement.getAttribute('lang'), alternates };
			}),
		);
	}, pages);
	expect(found.map(({ url }) => url)).toEqual(pages);
	for (const { url, status, lang, alternates } of found) {
		expect(status, url).toBe(200);
		expect(lang, url).toBe(langOf(url) === 'tr' ? 'tr-TR' : 'en-GB');
		expect(alternates, url).toContain(lang);
	}
	await page.context().close();
});
