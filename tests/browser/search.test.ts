import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { describeViolations, launchBrowser, openPage, runAxe } from './support/browser.ts';

/* Search finds a guide by a word from its body, in each language, and only in that language. */
const siteUrl = inject('siteUrl');
const base = new URL(siteUrl).pathname;
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each([
	{ lang: 'en', searchPath: 'search/', word: 'lentils', guide: 'guides/preparation/', title: 'Preparing for your treatment' },
	{ lang: 'tr', searchPath: 'tr/search/', word: 'mercimek', guide: 'tr/guides/preparation/', title: 'Tedaviye hazırlık' },
])('in $lang', ({ searchPath, word, guide, title }) => {
	test(`"${word}" finds "${title}" and only pages in the same language`, async () => {
		const { page, problems } = await openPage(browser, { width: 375 });
		await page.goto(new URL(`${searchPath}?q=${encodeURIComponent(word)}`, siteUrl).href);
		const result = page.locator('pagefind-results a', { hasText: title });
		await result.first().waitFor({ timeout: 15_000 });
		expect(await result.first().getAttribute('href')).toBe(`${base}${guide}`);
		const hrefs = await page.locator('pagefind-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		const turkish = guide.startsWith('tr/');
		for (const href of hrefs) expect(href.startsWith(`${base}tr/`), href).toBe(turkish);
		expect(describeViolations(await runAxe(page)), 'axe with results shown').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(describeViolations(await runAxe(page)), 'axe with results shown, dark').toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

test('the header search form takes a keyboard user to the results', async () => {
	const { page, problems } = await openPage(browser);
	await page.goto(siteUrl);
	await page.getByRole('searchbox', { name: 'Search this site' }).focus();
	await page.keyboard.type('bruising');
	await page.keyboard.press('Enter');
	await page.waitForURL(/search\/\?q=bruising$/);
	await page.locator('pagefind-results a', { hasText: 'Side effects and when to get help' }).first().waitFor({ timeout: 15_000 });
	expect(problems).toEqual([]);
	await page.context().close();
});

test('without JavaScript the search page says so and links to the guides', async () => {
	const { page } = await openPage(browser, { javaScript: false });
	await page.goto(new URL('search/', siteUrl).href);
	const link = page.getByRole('link', { name: 'Browse all guides' });
	expect(await link.isVisible()).toBe(true);
	expect(await link.getAttribute('href')).toBe(`${base}guides/`);
	await page.context().close();
});
