import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openTab, useBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * Issue 13, item 5: the NHS conventions the pages follow. Tap targets of at least 44 px (40 px
 * for checkboxes and radios, the NHS size) for every control and link a patient uses in the
 * header and the calculators, measured at 375 px with an answer on screen; no sideways scroll
 * at 320 px, which is also what 400 % zoom leaves of a 1280 px window; breadcrumbs; review
 * dates on the calculator pages; "Error: " in the title while a form shows errors; headings
 * without gaps.
 */
const TODAY = new Date(2027, 2, 1, 10, 0, 0);
const answered = {
	medication: `${at('en', 'medication-dates/')}#t=2027-03-12&m=ibuprofen,rivaroxaban`,
	planner: `${at('en', 'plan-your-sessions/')}#f=2027-03-13&n=3&w=4&m=ibuprofen`,
};

const browser = await useBrowser();

async function openAnswered(url: string, width: number, height = 800) {
	const watched = await openTab(browser, { width });
	await watched.page.setViewportSize({ width, height });
	await watched.page.clock.setFixedTime(TODAY);
	await watched.page.goto(url);
	await watched.page.locator('.result').waitFor();
	// Every details opened, so the controls inside them are measured too.
	await watched.page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
	return watched;
}

/** Every visible control and link in the header and the calculator smaller than its NHS size. */
function tooSmall(page: Page) {
	return page.evaluate(() => {
		const found: string[] = [];
		const targets = document.querySelectorAll('.site-header a, .site-header button, .site-header input, .calculator a, .calculator button, .calculator input, .calculator summary');
		for (const el of targets) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			const toggle = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
			const min = toggle ? 40 : 44;
			if (box.height < min - 0.5 || box.width < min - 0.5) found.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${el.textContent?.trim().slice(0, 40) ?? ''}" ${Math.round(box.width)}×${Math.round(box.height)}`);
		}
		return found;
	});
}

test.each(Object.entries(answered))('%s: every control and link a patient taps is big enough at 375 px', async (_name, url) => {
	const { page, problems } = await openAnswered(url, 375);
	expect(await tooSmall(page)).toEqual([]);
	expect(problems).toEqual([]);
});

// Every page of the sitemap (and the staff page) is narrowed to 320 px in the phone walk of
// pages-phone.test.ts (support/every-page.ts), which loads each page once for all its checks.
test('nothing scrolls sideways at 320 px (or 400 % zoom) with an answer on screen', async () => {
	const overflowing: string[] = [];
	for (const url of Object.values(answered)) {
		const { page } = await openAnswered(url, 320, 256);
		if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) overflowing.push(url);
	}
	expect(overflowing).toEqual([]);
});

test('guide and calculator pages have breadcrumbs; calculator pages say when they were reviewed', async () => {
	const { page } = await openTab(browser, { width: 375 });
	await page.goto(at('en', 'guides/preparation/'));
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Home', 'Guides']);
	for (const path of ['medication-dates/', 'plan-your-sessions/']) {
		await page.goto(at('en', path));
		expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Home']);
		const review = await page.locator('.page-review').innerText();
		expect(review).toMatch(/Page last reviewed: \d{1,2} \w+ \d{4}/);
		expect(review).toMatch(/Next review due: \d{1,2} \w+ \d{4}/);
	}
	await page.goto(at('tr', 'plan-your-sessions/'));
	expect(await page.getByRole('navigation', { name: 'Bulunduğunuz yer' }).getByRole('link').allTextContents()).toEqual(['Ana sayfa']);
});

test('the title starts with "Error: " while the form shows errors, and headings have no gaps', async () => {
	const { page } = await openTab(browser, { width: 375 });
	await page.clock.setFixedTime(TODAY);
	const headingGaps = () =>
		page.evaluate(() => {
			const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4')].filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1]));
			return levels.filter((level, i) => i > 0 && level > (levels[i - 1] ?? 1) + 1).length;
		});
	await page.goto(at('en', 'plan-your-sessions/'));
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	const title = await page.title();
	expect(await headingGaps()).toBe(0);
	await page.getByRole('button', { name: 'Plan my sessions' }).click();
	await page.locator('.error-summary').waitFor();
	await expect.poll(() => page.title()).toBe(`Error: ${title}`);
	expect(await headingGaps()).toBe(0);
	await page.locator('#first-session').fill('13');
	await page.locator('#first-session-month').fill('3');
	await page.locator('#first-session-year').fill('2027');
	await page.getByRole('button', { name: 'Plan my sessions' }).click();
	await page.locator('.result').waitFor();
	await expect.poll(() => page.title()).toBe(title);
	expect(await headingGaps()).toBe(0);
	await page.goto(answered.medication);
	await page.locator('.result').waitFor();
	expect(await headingGaps()).toBe(0);
});

test('adding and removing a medicine is said once in the polite live region, in the page’s language', async () => {
	const { page, problems } = await openTab(browser, { width: 375 });
	await page.clock.setFixedTime(TODAY);
	const status = page.locator('[data-calculator-status]');
	for (const [lang, added, removed] of [
		['en', 'Brufen (ibuprofen) added to your medicines.', 'Brufen (ibuprofen) removed from your medicines.'],
		['tr', 'Brufen (ibuprofen) listenize eklendi.', 'Brufen (ibuprofen) listenizden çıkarıldı.'],
	] as const) {
		await page.goto(at(lang, 'medication-dates/'));
		await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await page.locator('#medicine-find').fill('Brufen');
		await page.locator('#medicine-find').press('Enter');
		await expect.poll(() => status.textContent()).toBe(added);
		await page.locator('.chosen__item .link-button').click();
		await expect.poll(() => status.textContent()).toBe(removed);
	}
	expect(problems).toEqual([]);
});
