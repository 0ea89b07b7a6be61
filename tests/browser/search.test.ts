import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeViolations, launchBrowser, openPage, runAxe } from './support/browser.ts';
import { at, langOf, pathAt } from './support/site.ts';

/* Search finds a guide by a word from its body, in each language, and only in that language. */
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each([
	{ lang: 'en', word: 'lentils', guide: 'guides/preparation/', title: 'Preparing for your treatment' },
	{ lang: 'tr', word: 'mercimek', guide: 'guides/preparation/', title: 'Tedaviye hazırlık' },
] as const)('in $lang', ({ lang, word, guide, title }) => {
	test(`"${word}" finds "${title}" and only pages in the same language`, async () => {
		const { page, problems } = await openPage(browser, { width: 375 });
		await page.goto(`${at(lang, 'search/')}?q=${encodeURIComponent(word)}`);
		const result = page.locator('pagefind-results a', { hasText: title });
		await result.first().waitFor({ timeout: 15_000 });
		expect(await result.first().getAttribute('href')).toBe(pathAt(lang, guide));
		const hrefs = await page.locator('pagefind-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		for (const href of hrefs) expect(langOf(href), href).toBe(lang);
		expect(describeViolations(await runAxe(page)), 'axe with results shown').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(describeViolations(await runAxe(page)), 'axe with results shown, dark').toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

test('the header search form takes a keyboard user to the results', async () => {
	const { page, problems } = await openPage(browser);
	await page.goto(at('en', ''));
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
	await page.goto(at('en', 'search/'));
	const link = page.getByRole('link', { name: 'Browse all guides' });
	expect(await link.isVisible()).toBe(true);
	expect(await link.getAttribute('href')).toBe(pathAt('en', 'guides/'));
	await page.context().close();
});

describe('in Turkish, with or without the Turkish letters, and in another form of the word', () => {
	test.each(['şişlik', 'sislik', 'ŞİŞLİK', 'morarmalar'])('"%s" finds the side-effects guide', async (word) => {
		const { page, problems } = await openPage(browser, { width: 375 });
		await page.goto(`${at('tr', 'search/')}?q=${encodeURIComponent(word)}`);
		const result = page.locator('pagefind-results a', { hasText: 'Yan etkiler' });
		await result.first().waitFor({ timeout: 15_000 });
		expect(await result.first().getAttribute('href')).toBe(pathAt('tr', 'guides/side-effects/'));
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
