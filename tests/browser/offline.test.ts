import { expect, test } from 'vitest';
import { openContext, useBrowser } from './support/browser.ts';
import { settledWorker } from './support/offline.ts';
import { at } from './support/site.ts';

/*
 * A patient who opened the site once, in a waiting room with no signal: the guides in both
 * languages, both calculators, their printouts and the staff page still work, from the service
 * worker's cache. npm test runs this file against both builds (English first and Turkish first):
 * which pages are kept, and where, depends on the default language. What a deploy does to a
 * returning patient's copy does not, and is in offline-deploys.test.ts.
 */
const browser = await useBrowser();

test('after one visit, the guides and both calculators work with the network cut', async () => {
	const context = await openContext(browser, { serviceWorkers: 'allow', viewport: { width: 375, height: 800 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.clock.setFixedTime(new Date(2027, 2, 1, 10));
	await page.goto(at('en', ''));
	await settledWorker(page);

	await context.setOffline(true);
	await page.goto(at('en', 'guides/side-effects/'));
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Side effects and when to get help');
	await page.goto(at('tr', 'guides/preparation/'));
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tedaviye hazırlık');
	// An address typed without its final slash finds the same page offline.
	await page.goto(at('en', 'guides/costs/').replace(/\/$/, ''));
	expect(new URL(page.url()).pathname).toBe(new URL(at('en', 'guides/costs/')).pathname);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toMatch(/not found|bulunamadı/i);

	await page.goto(`${at('en', 'medication-dates/')}#t=2027-03-12&m=ibuprofen`);
	await page.locator('.result').waitFor();
	expect(await page.locator('.result').innerText()).toContain('Take your last ibuprofen on Monday 8 March 2027.');

	await page.goto(at('en', 'plan-your-sessions/'));
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Plan your sessions');

	// The printouts (issue 23): their code, words, styles and QR library are kept too.
	await page.addInitScript(() => (window.print = () => undefined));
	await page.goto(`${at('en', 'medication-dates/')}#t=2027-03-12&m=apixaban`);
	await page.locator('button[data-letter]').click();
	await page.locator('#printout .printout__qr').waitFor();
	await page.goto(at('tr', 'clinic-letter/'));
	await page.locator('#slip-date').fill('12');
	await page.locator('#slip-date-month').fill('3');
	await page.locator('#slip-date-year').fill('2027');
	await page.getByRole('button', { name: 'Kartı hazırlayın' }).click();
	await page.locator('#printout .printout__qr').waitFor();
	expect(errors).toEqual([]);
	await context.close();
});

test('the cache keeps no page with a query string, so no search term is stored', async () => {
	const context = await openContext(browser, { serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(at('en', ''));
	await settledWorker(page);
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
