import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/i18n/languages.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * Issue 13: nothing a patient types leaves the device, the language switch keeps the answer,
 * and "today" stays today in a tab left open (issues 10 and 11). Every request the browser makes
 * is recorded while a patient uses each calculator in each language; none may carry a query
 * string, a body, or any of the words and dates typed. Searching is tested in search.test.ts.
 */
const TODAY = new Date(2027, 2, 1, 10, 0, 0);

const browser = await useBrowser();

const calculators = [
	{ name: 'medication', path: 'medication-dates/', date: 'treatment-date', find: 'medicine-find', submit: { en: 'Show my dates', tr: 'Tarihlerimi göster' } },
	{ name: 'planner', path: 'plan-your-sessions/', date: 'first-session', find: 'planner-medicine-find', submit: { en: 'Plan my sessions', tr: 'Seanslarımı planla' } },
] as const;

/** Records every request of the page: method, address and body. */
function recordRequests(page: Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	return requests;
}

async function useCalculator(page: Page, calculator: (typeof calculators)[number], lang: Lang) {
	await page.goto(at(lang, calculator.path));
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	await page.locator(`#${calculator.date}`).fill('12');
	await page.locator(`#${calculator.date}-month`).fill('3');
	await page.locator(`#${calculator.date}-year`).fill('2027');
	if (calculator.name === 'planner') await page.locator('details.details > summary').first().click();
	await page.locator(`#${calculator.find}`).fill('Brufen');
	await page.locator(`#${calculator.find}`).press('Enter');
	await page.locator('.chosen__name').first().waitFor();
	await page.getByRole('button', { name: calculator.submit[lang], exact: true }).click();
	await page.locator('.result').waitFor();
	// The shell writes the fragment (and the language switch's link) in an effect after the
	// answer renders, on the next frame: wait for it, as a patient's next tap would come later.
	await expect.poll(() => new URL(page.url()).hash, { message: 'the answer lives in the fragment' }).toContain('2027-03-12');
}

describe.each(['en', 'tr'] as const)('in %s', (lang) => {
	test.each(calculators)('$name: no request carries what the patient typed', async (calculator) => {
		const { page, problems } = await openPage(browser, { width: 375 });
		await page.clock.setFixedTime(TODAY);
		const requests = recordRequests(page);
		await useCalculator(page, calculator, lang);
		expect(requests.length).toBeGreaterThan(0);
		for (const line of requests) {
			const [method = '', url = ''] = line.split(' ');
			expect(method, line).toBe('GET');
			expect(new URL(url).search, line).toBe('');
			for (const typed of ['2027-03-12', 'brufen', 'ibuprofen', '12-3-2027', '12.3.2027']) expect(line.toLowerCase(), line).not.toContain(typed);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

test.each(calculators)('$name: the language switch keeps the answer', async (calculator) => {
	const { page, problems } = await openPage(browser, { width: 375 });
	await page.clock.setFixedTime(TODAY);
	await useCalculator(page, calculator, 'en');
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
	await page.waitForURL((url) => url.pathname === new URL(at('tr', calculator.path)).pathname);
	const answer = page.locator('.result');
	await answer.waitFor();
	expect(await answer.innerText()).toContain('12 Mart 2027 Cuma');
	// The link keeps the medicine, not the name typed: the Turkish list shows its generic, capitalised in Turkish.
	expect(await page.locator('.chosen__name').allTextContents()).toEqual([expect.stringMatching(/[iİ]buprofen/)]);
	expect(problems).toEqual([]);
	await page.context().close();
});

describe('a tab left open from Monday 8 to Wednesday 10 March 2027', () => {
	const monday = new Date(2027, 2, 8, 10, 0, 0);
	const twoDays = 48 * 60 * 60 * 1000;

	test('medication: Monday’s "take your last dose today" becomes "too late" on Wednesday', async () => {
		const { page, problems } = await openPage(browser, { width: 375 });
		await page.clock.install({ time: monday });
		await page.goto(`${at('en', 'medication-dates/')}#t=2027-03-12&m=ibuprofen`);
		const answer = page.locator('.result');
		await answer.waitFor();
		expect(await answer.innerText()).toContain('Monday 8 March 2027');
		await page.clock.fastForward(twoDays);
		await expect.poll(() => answer.innerText()).toContain('too late to stop');
		expect(await answer.innerText()).not.toContain('Take your last');
		await expect.poll(() => page.locator('[data-calculator-status]').textContent()).toBe('Your answer below has changed.');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('planner: no past medicine date is given as an instruction on Wednesday', async () => {
		const { page, problems } = await openPage(browser, { width: 375 });
		await page.clock.install({ time: monday });
		await page.goto(`${at('en', 'plan-your-sessions/')}#f=2027-03-12&n=3&w=4&m=ibuprofen`);
		const answer = page.locator('.result');
		await answer.waitFor();
		expect(await answer.innerText()).toContain('take your last dose on Monday 8 March 2027');
		await page.clock.fastForward(twoDays);
		await expect.poll(() => answer.innerText()).toContain('too late to stop it');
		expect(await answer.innerText()).not.toContain('Monday 8 March 2027');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('coming back to the tab on another day is enough, without waiting for midnight', async () => {
		const { page } = await openPage(browser, { width: 375 });
		await page.clock.install({ time: monday });
		await page.goto(`${at('en', 'medication-dates/')}#t=2027-03-12&m=ibuprofen`);
		const answer = page.locator('.result');
		await answer.waitFor();
		await page.clock.setSystemTime(new Date(2027, 2, 10, 9, 0, 0));
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
		await expect.poll(() => answer.innerText()).toContain('too late to stop');
		await page.context().close();
	});
});
