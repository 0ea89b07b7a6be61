import { expect, test } from 'vitest';
import { openPage, sitemapUrls, useBrowser } from './support/browser.ts';
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
	// Both are in the markup as served: read once the document is parsed, with no script to run.
	const { page } = await openPage(browser, { javaScript: false });
	for (const url of pages) {
		await page.goto(url, { waitUntil: 'domcontentloaded' });
		const lang = await page.locator('html').getAttribute('lang');
		expect(lang, url).toBe(langOf(url) === 'tr' ? 'tr-TR' : 'en-GB');
		const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
			links.map((link) => link.getAttribute('hreflang')),
		);
		expect(alternates, url).toContain(lang);
	}
	await page.context().close();
});
