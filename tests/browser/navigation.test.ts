import { expect, test } from 'vitest';
import { describeViolations, openTab, runAxe, useBrowser } from './support/browser.ts';
import { at, clinicSettings, pathAt, siteUrl } from './support/site.ts';

const browser = await useBrowser();

test('the language switcher lands on the same guide in the other language, and back', async () => {
	const { page, problems } = await openTab(browser, { width: 375 });
	await page.goto(at('en', 'guides/preparation/'));
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
	await page.waitForURL(at('tr', 'guides/preparation/'));
	expect(await page.locator('html').getAttribute('lang')).toBe('tr-TR');
	await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tedaviye hazırlık');
	await page.getByRole('navigation', { name: 'Dil' }).getByRole('link').click();
	await page.waitForURL(at('en', 'guides/preparation/'));
	expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
	expect(problems).toEqual([]);
});

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async () => {
	const { page } = await openTab(browser);
	await page.goto(at('en', ''));
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	expect(await focused.textContent()).toBe('Skip to main content');
	expect(await focused.isVisible()).toBe(true);
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
});

test('an unknown address gets the 404 page, in the default language, with a way home in each', async () => {
	const { page, problems } = await openTab(browser, { width: 375 });
	const response = await page.goto(new URL('no-such-page/', siteUrl).href);
	expect(response?.status()).toBe(404);
	expect(problems, 'only the 404 status itself is reported').toEqual([
		'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
	]);
	problems.length = 0;
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^(Page not found|Sayfa bulunamadı)$/);
	expect(await page.getByRole('link', { name: 'Ana sayfaya gidin' }).getAttribute('href')).toBe(pathAt('tr', ''));
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await page.waitForURL(at('en', ''));
	expect(problems).toEqual([]);
	await page.goto(at('tr', 'guides/nope/'));
	expect(describeViolations(await runAxe(page))).toEqual([]);
});

test('a folder address without its slash is redirected to the page, as on a CDN', async () => {
	const response = await fetch(at('en', 'guides').replace(/\/$/, ''), { redirect: 'manual' });
	expect(response.status).toBe(301);
	expect(response.headers.get('location')).toBe(pathAt('en', 'guides/'));
});

test('the emergency number is a tap-to-call link on every page type', async () => {
	const { page } = await openTab(browser, { width: 375 });
	for (const url of [at('en', ''), at('en', 'guides/side-effects/'), at('en', 'medication-dates/'), at('tr', 'search/')]) {
		await page.goto(url);
		expect(await page.locator(`a[href="tel:${clinicSettings.clinic.emergencyNumber}"]`).count(), url).toBeGreaterThan(0);
	}
});
