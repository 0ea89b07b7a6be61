import { describe, expect, test } from 'vitest';
import { languageCodes } from '../../../src/i18n/languages.ts';
import { pageKinds } from '../../../src/lib/routes.ts';
import { describeViolations, openPage, runAxe, sitemapUrls, useBrowser } from './browser.ts';
import { at, siteUrl } from './site.ts';

/*
 * Every page in the sitemap, and the staff page the sitemap leaves out, in every language, in one view: axe finds nothing, the console stays
 * clean (CSP included), nothing scrolls sideways, and the browser fetches nothing from another
 * origin. Two views are enough (pages-phone.test.ts, pages-desktop.test.ts, one file each so they
 * run side by side): width changes what axe finds (target sizes, the layout) and the scheme
 * changes the colours, and each is seen both ways. Links and assets are checked once, on the
 * built files, by scripts/check-site.ts; what depends on the default language is in languages.test.ts.
 *
 * One tab goes from page to page, as a patient's would: a fresh tab for each page cost about a
 * second of CPU more (a new renderer compiling the site's scripts and axe again), and the pages
 * were four fifths of the walk's time. Each test counts only what its own page logged and asked for.
 */
export async function checkEveryPage(view: { width: number; colorScheme: 'light' | 'dark'; narrowest?: { width: number; height: number } }) {
	// The staff page (issue 23) is left out of the sitemap, so it is named here, in each language.
	const pages = [...(await sitemapUrls(siteUrl)), ...languageCodes.map((lang) => at(lang, pageKinds.clinicLetter.path))];
	const site = new URL(siteUrl);
	const { page, problems } = await openPage(await useBrowser(), { width: view.width, colorScheme: view.colorScheme });
	const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== site.origin && !request.url().startsWith('data:')) elsewhere.push(request.url());
	});

	describe(`at ${view.width} px, ${view.colorScheme} scheme`, () => {
		test.each(pages.map((url) => [url.slice(site.origin.length), url]))('%s', async (_path, url) => {
			problems.length = 0;
			elsewhere.length = 0;
			const response = await page.goto(url, { waitUntil: 'load' });
			expect(response?.status()).toBe(200);
			expect(describeViolations(await runAxe(page))).toEqual([]);
			expect(await scrollsSideways(), 'the page scrolls sideways').toBeLessThanOrEqual(0);
			if (view.narrowest) {
				// The same page narrowed, as a 320 px phone or 400 % zoom of a 1280 px window
				// leaves it (zooming resizes an open page, as this does): still no sideways scroll.
				await page.setViewportSize(view.narrowest);
				expect(await scrollsSideways(), `the page scrolls sideways at ${view.narrowest.width} px`).toBeLessThanOrEqual(0);
				await page.setViewportSize({ width: view.width, height: 800 });
			}
			expect(elsewhere, 'requests to another origin').toEqual([]);
			expect(problems).toEqual([]);
		});
	});
}
