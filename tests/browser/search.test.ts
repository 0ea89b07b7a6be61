import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, openPage, openTab, runAxe, sitemapUrls, useBrowser } from './support/browser.ts';
import { at, langOf, pathAt, siteUrl } from './support/site.ts';

/*
 * Search: the site's own results page on Pagefind's JavaScript API, in each language, with the
 * query only ever in the URL fragment.
 */
const browser = await useBrowser();

const results = (page: Page) => page.locator('.search-result');

async function search(page: Page, lang: 'en' | 'tr', query: string) {
	await page.goto(`${at(lang, 'search/')}#q=${encodeURIComponent(query)}`);
	await page.locator('.site-search__summary:not(:empty)').waitFor();
}

describe.each([
	{ lang: 'en', word: 'fever', typo: 'fevr', guide: 'guides/side-effects/', title: 'Side effects and when to get help' },
	{ lang: 'tr', word: 'ateş', typo: 'şşlik', fix: 'şişlik', guide: 'guides/side-effects/', title: 'Yan etkiler' },
] as const)('in $lang', ({ lang, word, typo, guide, title, ...rest }) => {
	const fix = 'fix' in rest ? rest.fix : word;

	test(`"${word}" lists results whose excerpts mark the word, only in the same language, and axe finds nothing`, async () => {
		const { page, problems } = await openTab(browser, { width: 375 });
		await search(page, lang, word);
		expect(await page.locator('.site-search__summary').textContent()).toMatch(/\d/);
		const count = await results(page).count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i += 1) {
			const marked = await results(page).nth(i).locator('.search-result__excerpt mark').allTextContents();
			expect(marked.length, `result ${i} has marked words`).toBeGreaterThan(0);
			expect(marked.some((m) => m.toLocaleLowerCase(lang).includes(word)), `result ${i} marks "${word}": ${marked.join(', ')}`).toBe(true);
		}
		const hrefs = await page.locator('.search-result a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		for (const href of hrefs) expect(langOf(href), href).toBe(lang);
		expect(hrefs.some((href) => new URL(href).pathname === pathAt(lang, guide)), `a result for ${guide}`).toBe(true);
		expect(await page.locator('.search-result__title a', { hasText: title }).count()).toBe(1);
		// Titles as large as the NHS's search results on a phone (issue 27).
		const sizes = await page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => Number.parseFloat(getComputedStyle(a).fontSize)));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(19);
		expect(await page.locator('.a-to-z').isVisible()).toBe(false);
		expect(describeViolations(await runAxe(page)), 'axe with results shown').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(describeViolations(await runAxe(page)), 'axe with results shown, dark').toEqual([]);
		expect(problems).toEqual([]);
	});

	test(`a section link for "${word}" lands on that section with the word marked, and the address keeps only the anchor`, async () => {
		const { page, problems } = await openTab(browser, { width: 375 });
		await search(page, lang, word);
		const result = results(page).filter({ has: page.locator('.search-result__title a', { hasText: title }) });
		const section = result.locator('ul a').first();
		const href = (await section.getAttribute('href')) ?? '';
		const id = new URLSearchParams(href.split('#')[1]).get('at') ?? '';
		expect(id).not.toBe('');
		await section.click();
		await page.waitForURL((url) => url.pathname === pathAt(lang, guide) && decodeURIComponent(url.hash) === `#${id}`);
		const heading = page.locator(`[id="${id}"]`);
		expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
		const box = await heading.boundingBox();
		expect(box && box.y > -1 && box.y < 800, `section heading in view at ${box?.y}`).toBe(true);
		const marks = await page.locator('mark.found-word').allTextContents();
		expect(marks.some((m) => m.toLocaleLowerCase(lang).includes(word)), marks.join(', ')).toBe(true);
		expect(page.url()).not.toContain('mark=');
		expect(problems).toEqual([]);
	});

	test(`"${typo}" finds nothing, suggests "${fix}", and the suggestion searches`, async () => {
		const { page, problems } = await openTab(browser);
		await search(page, lang, typo);
		expect(await results(page).count()).toBe(0);
		const suggestion = page.locator('.site-search__suggestions a', { hasText: fix });
		await suggestion.first().waitFor();
		expect(await page.getByRole('link', { name: lang === 'en' ? 'Browse all guides' : 'Tüm rehberlere göz atın' }).isVisible()).toBe(true);
		await suggestion.first().click();
		await results(page).first().waitFor();
		expect(await page.locator('#search-input').inputValue()).toBe(fix);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('site-search__summary');
		expect(problems).toEqual([]);
	});

	test('without JavaScript the page lists every guide and its sections, A to Z, and the header offers a link, not a box', async () => {
		const { page } = await openTab(browser, { javaScript: false });
		await page.goto(at(lang, 'guides/'));
		const guides = (await page.locator('main a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)))
			.filter((path) => /\/guides\/[^/]+\/$/.test(path));
		expect(await page.locator('#header-search').isVisible()).toBe(false);
		const headerLinks = await page.locator('header a:visible').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(headerLinks, 'the header links to the search page instead').toContain(pathAt(lang, 'search/'));
		await page.goto(at(lang, 'search/'));
		expect(await page.locator('#search-input').isVisible()).toBe(false);
		const listed = await page.locator('.a-to-z__guide').evaluateAll((links) => links.map((a) => ({ path: (a as HTMLAnchorElement).pathname, title: a.textContent ?? '' })));
		expect(new Set(listed.map(({ path }) => path))).toEqual(new Set(guides));
		const titles = listed.map(({ title }) => title);
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, lang)));
		expect(await page.locator('.a-to-z__guides ul a').count()).toBeGreaterThan(guides.length);
	});
});

describe('in Turkish, with or without the Turkish letters, and in another form of the word', () => {
	test('"şişlik", "sislik", "ŞİŞLİK" and "morarmalar" each find the side-effects guide', async () => {
		const { page, problems } = await openTab(browser, { width: 375 });
		for (const word of ['şişlik', 'sislik', 'ŞİŞLİK', 'morarmalar']) {
			await search(page, 'tr', word);
			const link = page.locator('.search-result__title a', { hasText: 'Yan etkiler' });
			await link.first().waitFor();
			expect(new URL((await link.first().getAttribute('href')) ?? '', siteUrl).pathname, word).toBe(pathAt('tr', 'guides/side-effects/'));
		}
		expect(problems).toEqual([]);
	});
});

test('keyboard only: the header box, Enter, the results, a result', async () => {
	const { page, problems } = await openTab(browser);
	await page.goto(at('en', ''));
	for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'header-search'; i += 1) await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
	await page.keyboard.type('bruising');
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => url.pathname === pathAt('en', 'search/') && url.hash === '#q=bruising' && url.search === '');
	await results(page).first().waitFor();
	expect(await page.locator('#search-input').inputValue()).toBe('bruising');
	await page.locator('#search-input').focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.closest('.search-result__title') !== null);
	expect(focused, 'Tab from the box and button reaches the first result').toBe(true);
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => url.pathname.includes('/guides/'));
	expect(await page.locator('mark.found-word').count()).toBeGreaterThan(0);
	expect(problems).toEqual([]);
});

test('no request carries what the patient searched for, in either language', async () => {
	const { page, problems } = await openPage(browser);
	const requests: string[] = [];
	page.context().on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	const typed = [
		{ lang: 'en', query: 'ibuprofen' },
		{ lang: 'en', query: 'zzprivatezz' },
		{ lang: 'tr', query: 'ağrı kesici' },
	] as const;
	for (const { lang, query } of typed) {
		await page.goto(at(lang, 'guides/'));
		await page.locator('#header-search').fill(query);
		await page.locator('#header-search').press('Enter');
		await page.locator('.site-search__summary:not(:empty)').waitFor();
		await page.locator('#search-input').fill('');
		await page.locator('#search-input').pressSequentially(query, { delay: 20 });
		await page.locator('#search-input').press('Enter');
		await page.locator('.site-search__summary:not(:empty)').waitFor();
		await page.waitForLoadState('networkidle');
	}
	expect(requests.some((r) => r.includes('/pagefind/'))).toBe(true);
	const leaks = requests.filter((r) =>
		typed.some(({ query }) =>
			[query, encodeURIComponent(query), query.split(' ')[0] ?? query].some((form) => decodeURIComponent(r).includes(form) || r.includes(form)),
		),
	);
	expect(leaks).toEqual([]);
	// Pagefind asks for its entry file with a timestamp (`?ts=…`) to skip stale caches: no input.
	const withQuery = requests.map((r) => new URL(r.split(' ')[1] ?? '')).filter((url) => url.search !== '');
	expect(withQuery.filter((url) => !(url.pathname.endsWith('/pagefind/pagefind-entry.json') && /^\?ts=\d+$/.test(url.search)))).toEqual([]);
	expect(problems).toEqual([]);
	await page.context().close();
});

test("the Content-Security-Policy allows WebAssembly on the search pages only", async () => {
	for (const url of await sitemapUrls(siteUrl)) {
		const html = await (await fetch(url)).text();
		const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
		expect(policy, url).toContain('script-src');
		expect(policy.includes('wasm-unsafe-eval'), url).toBe(new URL(url).pathname.endsWith('/search/'));
	}
});
