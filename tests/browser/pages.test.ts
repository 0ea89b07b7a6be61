import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeViolations, launchBrowser, openPage, runAxe, sitemapUrls } from './support/browser.ts';
import { langOf, siteUrl } from './support/site.ts';

/*
 * Every page in the sitemap, in every language, at a phone width and a desktop width, in the
 * light and the dark scheme: axe finds nothing, the console stays clean (CSP included), nothing
 * scrolls sideways, the browser fetches nothing from another origin, and every internal link and
 * asset answers 200.
 */
const pages = await sitemapUrls(siteUrl);
const site = new URL(siteUrl);
const views = [
	{ width: 375, colorScheme: 'light' },
	{ width: 375, colorScheme: 'dark' },
	{ width: 1280, colorScheme: 'light' },
	{ width: 1280, colorScheme: 'dark' },
] as const;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('the sitemap lists the pages of both languages', () => {
	expect(pages.length).toBeGreaterThanOrEqual(10);
	expect(pages.some((url) => langOf(url) === 'tr')).toBe(true);
	expect(pages.some((url) => langOf(url) === 'en')).toBe(true);
	expect(pages.every((url) => url.startsWith(siteUrl))).toBe(true);
});

describe.each(views)('at $width px, $colorScheme scheme', (view) => {
	test.each(pages.map((url) => [url.slice(site.origin.length), url]))('%s', async (_path, url) => {
		const { page, problems } = await openPage(browser, view);
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).origin !== site.origin && !request.url().startsWith('data:')) elsewhere.push(request.url());
		});
		const response = await page.goto(url, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(describeViolations(await runAxe(page))).toEqual([]);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
		expect(elsewhere, 'requests to another origin').toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

test('every page has the right <html lang> and hreflang links to its twins', async () => {
	const { page } = await openPage(browser);
	for (const url of pages) {
		await page.goto(url);
		const lang = await page.locator('html').getAttribute('lang');
		expect(lang, url).toBe(langOf(url) === 'tr' ? 'tr-TR' : 'en-GB');
		const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
			links.map((link) => link.getAttribute('hreflang')),
		);
		expect(alternates, url).toContain(lang);
	}
	await page.context().close();
});

test('every internal link and asset on every page answers', async () => {
	const { page } = await openPage(browser);
	const targets = new Set<string>();
	for (const url of pages) {
		await page.goto(url);
		const found = await page.evaluate(() =>
			[...document.querySelectorAll('a[href], link[href], img[src], script[src]')].map(
				(el) => new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', document.baseURI).href,
			),
		);
		for (const target of found) {
			const parsed = new URL(target);
			if (parsed.origin === site.origin) targets.add(parsed.href.replace(/#.*$/, ''));
		}
	}
	const failures: string[] = [];
	for (const target of targets) {
		const response = await fetch(target, { redirect: 'manual' });
		if (response.status !== 200) failures.push(`${response.status} ${target}`);
	}
	expect(failures).toEqual([]);
	expect(targets.size).toBeGreaterThan(pages.length);
	await page.context().close();
});
