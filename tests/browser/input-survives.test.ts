import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * Issue 13, "input survives everything": on a slow connection the patient types a date and
 * presses Enter before the calculator's script has arrived. The scripts are held back by the
 * test (route interception) on top of an emulated slow 3G link, then let through. The typed date
 * must still be there, no request may carry it (nor any query string), the page must not reload,
 * and the answer must appear once the script runs. The clock is fixed to 1 March 2027.
 */
const TODAY = new Date(2027, 2, 1, 10, 0, 0);

const browser = await useBrowser();

/** Opens a page on slow 3G with every script of the site held until `release()`. */
async function openWithScriptsHeld(url: string) {
	const { page, problems } = await openPage(browser, { width: 375 });
	await page.clock.setFixedTime(TODAY);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/.*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	const requests: string[] = [];
	page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	await page.goto(url, { waitUntil: 'domcontentloaded' });
	// A mark on this document: a reload (a form sent the old way) would lose it.
	await page.evaluate(() => Object.assign(window, { typedHere: true }));
	const reloaded = async () => !(await page.evaluate(() => 'typedHere' in window));
	return { page, problems, requests, release, reloaded };
}

async function typeDate(page: Page, id: string) {
	await page.locator(`#${id}`).pressSequentially('12');
	await page.locator(`#${id}-month`).pressSequentially('3');
	await page.locator(`#${id}-year`).pressSequentially('2027');
}

const dateOf = (page: Page, id: string) =>
	Promise.all([page.locator(`#${id}`).inputValue(), page.locator(`#${id}-month`).inputValue(), page.locator(`#${id}-year`).inputValue()]);

/** No request carried a query string, a body or anything typed; the page never reloaded. */
function expectNothingSent(requests: readonly string[], reloaded: boolean, typed: readonly string[]) {
	for (const line of requests) {
		const [method = '', url = ''] = line.split(' ');
		expect(method, line).toBe('GET');
		expect(new URL(url).search, line).toBe('');
		for (const value of typed) expect(line.toLowerCase(), line).not.toContain(value.toLowerCase());
	}
	expect(reloaded, 'the page reloaded').toBe(false);
}

test('planner: a date typed and sent before the script arrives survives, and the plan appears', async () => {
	const { page, problems, requests, release, reloaded } = await openWithScriptsHeld(at('en', 'plan-your-sessions/'));
	await typeDate(page, 'first-session');
	await page.locator('#first-session-year').press('Enter');
	await page.waitForTimeout(300);
	expect(await page.locator('astro-island[ssr]').count(), 'the island has not started yet').toBe(1);
	expect(new URL(page.url()).search).toBe('');
	expect(await dateOf(page, 'first-session')).toEqual(['12', '3', '2027']);

	release();
	const heading = page.getByRole('heading', { name: 'Your session plan' });
	await heading.waitFor();
	expect(await dateOf(page, 'first-session')).toEqual(['12', '3', '2027']);
	expect(await page.locator('.result').innerText()).toContain('Friday 12 March 2027');
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
	await expect.poll(() => new URL(page.url()).hash).toContain('f=2027-03-12');
	expectNothingSent(requests, await reloaded(), ['2027-03-12', 'first-session']);
	expect(problems).toEqual([]);
	await page.context().close();
});

test('medication: a date and a ticked kind of medicine, sent before the script arrives, give the dates', async () => {
	const { page, problems, requests, release, reloaded } = await openWithScriptsHeld(at('en', 'medication-dates/'));
	await typeDate(page, 'treatment-date');
	await page.locator('summary', { hasText: 'Or choose the kind of medicine' }).click();
	await page.locator('#group-nsaid').check();
	await page.locator('#treatment-date').press('Enter');
	await page.waitForTimeout(300);
	expect(await page.locator('astro-island[ssr]').count(), 'the island has not started yet').toBe(1);

	release();
	const heading = page.getByRole('heading', { name: 'Your dates' });
	await heading.waitFor();
	expect(await dateOf(page, 'treatment-date')).toEqual(['12', '3', '2027']);
	expect(await page.locator('#group-nsaid').isChecked()).toBe(true);
	const answer = await page.locator('.result').innerText();
	expect(answer).toContain('Friday 12 March 2027');
	expect(answer).toContain('Monday 8 March 2027');
	expectNothingSent(requests, await reloaded(), ['2027-03-12', 'nsaid', 'treatment-date']);
	expect(problems).toEqual([]);
	await page.context().close();
});

test('medication: the picker loads only when used; a name typed, Entered and sent before it arrives is kept in the same box and answered', async () => {
	const { page, problems } = await openPage(browser, { width: 375 });
	await page.clock.setFixedTime(TODAY);
	await page.goto(at('en', 'medication-dates/'));
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
	await page.waitForLoadState('networkidle');
	// From here on, every script the page asks for is on-demand code: hold it.
	const asked: string[] = [];
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/.*\.js$/, async (route) => {
		asked.push(route.request().url());
		await held;
		await route.continue();
	});
	await typeDate(page, 'treatment-date');
	expect(asked, 'nothing loads before the patient reaches for the picker').toEqual([]);

	const box = page.locator('#medicine-find');
	await box.click();
	await page.evaluate(() => Object.assign(window, { box: document.activeElement }));
	await box.pressSequentially('Brufen');
	await box.press('Enter');
	await page.getByRole('button', { name: 'Show my dates' }).click();
	await page.waitForTimeout(300);
	expect(asked.length, 'the picker was asked for').toBeGreaterThan(0);
	expect(await page.locator('.result').count(), 'no answer before the picker').toBe(0);
	expect(await box.inputValue()).toBe('Brufen');

	release();
	await page.getByRole('heading', { name: 'Your dates' }).waitFor();
	expect(await page.locator('.chosen__name').allTextContents()).toEqual(['Brufen (ibuprofen)']);
	expect(await page.locator('.result').innerText()).toContain('Monday 8 March 2027');
	expect(await page.evaluate(() => (window as unknown as { box: Element }).box === document.getElementById('medicine-find')), 'the same search box').toBe(true);
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
	expect(problems).toEqual([]);
	await page.context().close();
});
