import { describe, expect, test } from 'vitest';
import { openTab, useBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * Issue 28, in the browser: a tampered share link opens with what it said in the field and a
 * message at the field; focus goes somewhere sensible after Remove and Move; and a site visited
 * five years after its build says it may be out of date. One browser for all; the clock is fixed
 * to Monday 1 March 2027 unless a test says otherwise.
 */
const planner = at('en', 'plan-your-sessions/');
const medication = at('en', 'medication-dates/');
const TODAY = new Date(2027, 2, 1, 10, 0, 0);

const browser = await useBrowser();

async function open(url: string, today = TODAY) {
	const { page } = await openTab(browser, { width: 375 });
	await page.clock.setFixedTime(today);
	await page.goto(url);
	// A calculator page: wait for its island to start.
	if (url.startsWith(planner) || url.startsWith(medication)) await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	return page;
}

const focusedId = (page: Awaited<ReturnType<typeof open>>) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * Opens each link in turn in one tab (a link opened in the same tab arrives as a hashchange,
 * which the calculators read as they read a link at load), and checks each field shows what
 * the link said and the message at the field.
 */
async function eachLink(url: string, cases: readonly (readonly [string, string, Record<string, string>, string, string])[]) {
	const page = await open(url);
	for (const [name, hash, fields, errorId, message] of cases) {
		await page.evaluate((next) => (location.hash = next), hash);
		const error = page.locator(`#${errorId}`);
		await expect.poll(async () => ((await error.count()) ? (await error.innerText()).replace(/^Error:\s*/, '') : ''), { message: name }).toBe(message);
		for (const [id, shown] of Object.entries(fields)) expect(await page.locator(`#${id}`).inputValue(), `${name}: #${id}`).toBe(shown);
		expect(await page.locator('.result').count(), name).toBe(0);
	}
}

test('each malformed planner link opens with what it said and a message at the field', async () => {
	await eachLink(planner, [
		['n=999999999999', '#f=2027-03-08&n=999999999999&w=4', { sessions: '999999999999' }, 'sessions-error', 'Your clinic plans up to 6 sessions. Enter 6 or fewer'],
		['n=1e2', '#f=2027-03-08&n=1e2&w=4', { sessions: '1e2' }, 'sessions-error', 'Enter the number of sessions as a whole number, like 3'],
		['a full-width digit', '#f=2027-03-08&n=3&w=%EF%BC%94', { 'weeks-between': '４' }, 'weeks-between-error', 'Enter the weeks between sessions as a whole number, like 4'],
		['an unpadded date', '#f=2027-3-8&n=3&w=4', { 'first-session': '8', 'first-session-month': '3' }, 'first-session-error', 'The date of your first session in the link you opened (“2027-3-8”) cannot be read; enter the date again'],
		['30 February', '#f=2027-02-30&n=3&w=4', { 'first-session': '30', 'first-session-month': '2' }, 'first-session-error', 'The date of your first session must be a real date'],
		['a medicine the page does not know', '#f=2027-03-08&n=3&w=4&m=warfarn', { 'planner-medicine-find': 'warfarn' }, 'planner-medicine-find-error', 'The link you opened names a medicine this page does not know (“warfarn”); search for it by its name'],
	]);
});

test('each malformed medication link opens with what it said and a message at the field', async () => {
	const date = (day: string, month: string, year: string) => ({ 'treatment-date': day, 'treatment-date-month': month, 'treatment-date-year': year });
	await eachLink(medication, [
		['30 February', '#t=2027-02-30&m=ibuprofen', date('30', '2', '2027'), 'treatment-date-error', 'The treatment date must be a real date'],
		['an unpadded date', '#t=2027-3-12&m=ibuprofen', date('12', '3', '2027'), 'treatment-date-error', 'The treatment date in the link you opened (“2027-3-12”) cannot be read; enter the date again'],
		['a time', '#t=2027-03-12T10:00&m=ibuprofen', date('12', '3', '2027'), 'treatment-date-error', 'The treatment date in the link you opened (“2027-03-12T10:00”) cannot be read; enter the date again'],
		['the year 2300', '#t=2300-03-12&m=ibuprofen', date('12', '3', '2300'), 'treatment-date-error', 'The treatment date must be within the next year'],
		['the year 1850', '#t=1850-03-12&m=ibuprofen', date('12', '3', '1850'), 'treatment-date-error', 'The treatment date must be today or in the future'],
		['a medicine the page does not know', '#t=2027-03-12&m=ibuprofen,warfarn', { ...date('12', '3', '2027'), 'medicine-find': 'warfarn' }, 'medicine-find-error', 'The link you opened names a medicine this page does not know (“warfarn”); search for it by its name'],
	]);
});

describe('focus after Remove and Move', () => {
	test('Remove moves focus to the next medicine’s Remove button, then to the search box', async () => {
		const page = await open(`${medication}#t=2027-03-12&m=ibuprofen.brufen,rivaroxaban.xarelto`);
		await page.getByRole('button', { name: 'Remove Brufen (ibuprofen)' }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Remove Xarelto (rivaroxaban)');
		await page.keyboard.press('Enter');
		await expect.poll(() => focusedId(page)).toBe('medicine-find');
	});

	test('Move session N focuses the moved session; Move every session focuses the summary', async () => {
		// Saturday 6 March 2027, every 4 weeks: every session on a Saturday.
		const page = await open(`${planner}#f=2027-03-06&n=3&w=4`);
		await page.getByRole('button', { name: 'Move session 2 to Monday 5 April 2027' }).click();
		await expect.poll(() => focusedId(page)).toBe('session-2');
		expect(await page.locator('#session-2').textContent()).toBe('Session 2: Monday 5 April 2027');
		await page.getByRole('button', { name: 'Move every session to a day the clinic is open' }).click();
		await expect.poll(() => focusedId(page)).toBe('result-summary');
	});
});

describe('five years after the build', () => {
	const later = new Date();
	later.setFullYear(later.getFullYear() + 5);

	test('the planner says its closed days end, and that the page is due for review', async () => {
		const page = await open(planner, later);
		await page.getByLabel('Day').fill(String(later.getDate()));
		await page.getByLabel('Month').fill(String(later.getMonth() + 2 > 12 ? 1 : later.getMonth() + 2));
		await page.getByLabel('Year').fill(String(later.getMonth() + 2 > 12 ? later.getFullYear() + 1 : later.getFullYear()));
		await page.getByRole('button', { name: 'Plan my sessions' }).click();
		await page.locator('.result').waitFor();
		expect(await page.locator('.result').innerText()).toMatch(/This page knows the clinic’s closed days only up to \d{1,2} \w+ \d{4}\. Check these dates with the clinic before you rely on them\./);
		await expect.poll(() => page.locator('.review-due').isVisible()).toBe(true);
		expect(await page.locator('.review-due').innerText()).toMatch(/^This page was due to be checked again by \d{1,2} \w+ \d{4}, so some of it may be out of date\./);
	});

	test('a guide says at its top that it may be out of date, and not before its review date', async () => {
		const page = await open(at('en', 'guides/costs/'), later);
		await expect.poll(() => page.locator('.review-due').isVisible()).toBe(true);
		expect(await page.locator('h1 + .review-due').count()).toBe(1);
		const now = await open(at('en', 'guides/costs/'), new Date());
		expect(await now.locator('.review-due').isVisible()).toBe(false);
	});

	test('in March 2027 the planner says nothing of the kind', async () => {
		const page = await open(`${planner}#f=2027-03-08&n=3&w=4`);
		await page.locator('.result').waitFor();
		expect(await page.locator('.result').innerText()).not.toContain('closed days only up to');
	});
});
