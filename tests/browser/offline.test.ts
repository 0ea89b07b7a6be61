import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * A patient who opened the site once, in a waiting room with no signal: the guides in both
 * languages and both calculators still work, from the service worker's cache.
 */
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('after one visit, the guides and both calculators work with the network cut', async () => {
	const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 375, height: 800 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.clock.setFixedTime(new Date(2027, 2, 1, 10));
	await page.goto(at('en', ''));
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});

	await context.setOffline(true);
	await page.goto(at('en', 'guides/side-effects/'));
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Side effects and when to get help');
	await page.goto(at('tr', 'guides/preparation/'));
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tedaviye hazırlık');

	await page.goto(`${at('en', 'medication-dates/')}#t=2027-03-12&m=ibuprofen`);
	await page.locator('.result').waitFor();
	expect(await page.locator('.result').innerText()).toContain('Take your last ibuprofen on Monday 8 March 2027.');

	await page.goto(at('en', 'plan-your-sessions/'));
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Plan your sessions');
	expect(errors).toEqual([]);
	await context.close();
});

test('the cache keeps no page with a query string, so no search term is stored', async () => {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(at('en', ''));
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.goto(`${at('en', 'search/')}?q=my+private+words`);
	await page.waitForLoadState('load');
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls;
	});
	expect(cached.length).toBeGreaterThan(5);
	expect(cached.filter((url) => url.includes('?') || url.includes('private'))).toEqual([]);
	await context.close();
});
