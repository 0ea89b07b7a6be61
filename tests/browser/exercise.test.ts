import { describe, expect, test } from 'vitest';
import { exerciseAreas } from '../../src/lib/site/exercise/catalogue.ts';
import { openTab, sitemapUrls, useBrowser } from './support/browser.ts';
import { at, langOf, siteUrl } from './support/site.ts';

/*
 * The exercise sheets (issue 17) in a browser: each prints on one A4 page with its pictures and
 * its tick chart; every picture has a text alternative; the planner-free ways in (guide list,
 * aftercare guide, body map, search) lead to them. Axe, links and sideways scrolling are checked
 * for every sheet by pages-phone.test.ts and pages-desktop.test.ts, which walk the sitemap.
 */
const sitemap = await sitemapUrls(siteUrl);
const sheets = sitemap.filter((url) => new RegExp(`/exercises/(${exerciseAreas.join('|')})/$`).test(url));

const browser = await useBrowser();

test('the sitemap lists every sheet of the example clinic in both languages', () => {
	expect(sheets).toHaveLength(exerciseAreas.length * 2);
});

describe.each(sheets.map((url) => [new URL(url).pathname, url]))('%s', (_path, url) => {
	test('prints on one A4 page, with its pictures and a tick chart row for each exercise', async () => {
		const { page, problems } = await openTab(browser, { width: 375 });
		await page.goto(url, { waitUntil: 'load' });
		const pictures = page.locator('.exercise svg[role="img"], .exercise img');
		const count = await pictures.count();
		expect(count).toBeGreaterThanOrEqual(4);
		for (let i = 0; i < count; i++) {
			const name = (await pictures.nth(i).getAttribute('aria-label')) ?? (await pictures.nth(i).getAttribute('alt')) ?? '';
			expect(name.split(' ').length, 'the picture’s text alternative').toBeGreaterThan(5);
		}
		expect(await page.locator('.tick-chart tbody tr').count()).toBe(count);
		expect(await page.locator('.exercise ol li').count(), 'numbered steps').toBeGreaterThanOrEqual(count * 2);

		await page.emulateMedia({ media: 'print' });
		expect(await pictures.first().isVisible(), 'pictures print').toBe(true);
		expect(await page.locator('.tick-chart').isVisible(), 'the tick chart prints').toBe(true);
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), 'pages in the PDF').toHaveLength(1);
		expect(problems).toEqual([]);
	});
});

test.each(['en', 'tr'] as const)('in %s, the guide list, the aftercare guide and the body map link to the knee sheet', async (lang) => {
	const knee = new URL(at(lang, 'exercises/knee/')).pathname;
	for (const path of ['guides/', 'guides/aftercare/', 'guides/who-it-is-for/']) {
		const html = await (await fetch(at(lang, path))).text();
		expect(html, path).toContain(`href="${knee}"`);
	}
	expect(langOf(at(lang, 'exercises/knee/'))).toBe(lang);
});

test.each([
	['en', 'heel slide'],
	['tr', 'topuk kaydırma'],
] as const)('in %s, the search index finds the knee sheet by "%s"', async (lang, words) => {
	const { page } = await openTab(browser);
	await page.goto(at(lang, 'search/'), { waitUntil: 'load' });
	const bundle = new URL('pagefind/pagefind.js', siteUrl).pathname;
	// Pagefind's own API, in the page (a string, so the test runner leaves its import alone).
	const urls = (await page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(bundle)});
		const search = await pagefind.search(${JSON.stringify(words)});
		return Promise.all(search.results.slice(0, 5).map(async (result) => (await result.data()).url));
	})()`)) as string[];
	expect(urls).toContain(new URL(at(lang, 'exercises/knee/')).pathname);
});
