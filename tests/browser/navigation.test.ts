import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { describeViolations, launchBrowser, openPage, runAxe } from './support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('the language switcher lands on the same guide in the other language, and back', async () => {
	const { page, problems } = await openPage(browser, { width: 375 });
	await page.goto(new URL('guides/preparation/', siteUrl).href);
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
	await page.waitForURL(new URL('tr/guides/preparation/', siteUrl).href);
	expect(await page.locator('html').getAttribute('lang')).toBe('tr-TR');
	await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tedaviye hazırlık');
	await page.getByRole('navigation', { name: 'Dil' }).getByRole('link').click();
	await page.waitForURL(new URL('guides/preparation/', siteUrl).href);
	expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
	expect(problems).toEqual([]);
	await page.context().close();
});

test('the skip link is the first thing a keyboard reaches and moves focus to the main content', async () => {
	const { page } = await openPage(browser);
	await page.goto(siteUrl);
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	expect(await focused.textContent()).toBe('Skip to main content');
	expect(await focused.isVisible()).toBe(true);
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
	await page.context().close();
});

test('an unknown address gets the 404 page, with a way home, and it passes axe', async () => {
	const { page, problems } = await openPage(browser, { width: 375 });
	const response = await page.goto(new URL('no-such-page/', siteUrl).href);
	expect(response?.status()).toBe(404);
	expect(problems, 'only the 404 status itself is reported').toEqual([
		'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
	]);
	problems.length = 0;
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await page.waitForURL(siteUrl);
	expect(problems).toEqual([]);
	await page.goto(new URL('guides/nope/', siteUrl).href);
	expect(describeViolations(await runAxe(page))).toEqual([]);
	await page.context().close();
});

test('a folder address without its slash is redirected to the page, as on a CDN', async () => {
	const response = await fetch(new URL('guides', siteUrl), { redirect: 'manual' });
	expect(response.status).toBe(301);
	expect(response.headers.get('location')).toBe(new URL('guides/', siteUrl).pathname);
});

test('the emergency number is a tap-to-call link on every page type', async () => {
	const { page } = await openPage(browser, { width: 375 });
	for (const path of ['', 'guides/side-effects/', 'medication-dates/', 'tr/search/']) {
		await page.goto(new URL(path, siteUrl).href);
		expect(await page.locator('a[href="tel:999"]').count(), path).toBeGreaterThan(0);
	}
	await page.context().close();
});
