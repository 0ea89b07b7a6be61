import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeViolations, openPage, runAxe, useBrowser } from './support/browser.ts';
import { openCalculatorPage, plan, tabTo } from './support/calculators.ts';
import { at } from './support/site.ts';

/*
 * The session planner as a patient uses it, the clock fixed to Monday 1 March 2027
 * (support/calculators.ts). The clinic settings are clinic.yaml's: 1 to 6 sessions, 2 to 6 weeks
 * apart, 6 months, open Monday to Friday, a review 6 weeks after the last session, £180 a session.
 */
const pageUrl = at('en', 'plan-your-sessions/');
const browser = await useBrowser();
const openPlanner = (url = pageUrl, options: Parameters<typeof openCalculatorPage>[2] = {}, today?: Date) => openCalculatorPage(browser, url, options, today);

test('3 sessions 4 weeks apart from Friday 12 March 2027: the right dates, relief "around", the 6-month check and the cost', async () => {
	const { page, problems } = await openPlanner();
	await plan(page, ['12', '3', '2027'], '3', '4');
	const result = page.locator('.result');
	await result.waitFor();
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
	const text = await result.innerText();
	expect(text).toContain('3 sessions, 4 weeks apart: the first on Friday 12 March 2027, the last on Friday 7 May 2027.');
	// What patients ask first comes before the list of sessions.
	const summary = await result.locator('.result__summary, .result__relief').allInnerTexts();
	expect(summary).toEqual([
		'3 sessions, 4 weeks apart: the first on Friday 12 March 2027, the last on Friday 7 May 2027.',
		'Around Friday 2 April 2027: your clinic finds that some people start to feel some relief. Results vary, and no one can promise them.',
	]);
	expect(await result.locator('.course-list__title').allTextContents()).toEqual([
		'Session 1: Friday 12 March 2027',
		'Session 2: Friday 9 April 2027',
		'Session 3: Friday 7 May 2027',
	]);
	expect(text).toContain('Stiffness, mild swelling and bruising are common from Saturday 13 March 2027 to Friday 19 March 2027.');
	expect(text).toContain('Around Friday 2 April 2027: your clinic finds that some people start to feel some relief.');
	expect(text).toContain('From Saturday 13 March 2027: do the exercise programme');
	expect(text).toContain('All your sessions are within 6 months. The last one must be on or before Sunday 12 September 2027.');
	expect(text).toContain('Review appointment: Friday 18 June 2027');
	expect(text).toContain('About £540: 3 sessions at £180 each.');
	expect(text).toContain('Fees change from year to year');
	// The care card and the clinic's phone number stay beside the result.
	expect(await page.locator('.care-card').getByRole('link', { name: /\+44 20 7946 0000/ }).isVisible()).toBe(true);
	expect(problems).toEqual([]);
});

describe('plans the clinic does not allow', () => {
	test('8 sessions 4 weeks apart: a field error, and the nearest plan that fits, which a button applies', async () => {
		const { page, problems } = await openPlanner();
		await plan(page, ['1', '3', '2027'], '8', '4');
		const summary = page.locator('.error-summary');
		await summary.waitFor();
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
		expect(await summary.getByRole('link').allTextContents()).toEqual(['Your clinic plans up to 6 sessions. Enter 6 or fewer']);
		const sessions = page.getByLabel('How many sessions?');
		expect(await sessions.getAttribute('aria-invalid')).toBe('true');
		expect(await sessions.getAttribute('aria-describedby')).toBe('sessions-hint sessions-error');
		expect(await page.locator('.result').count()).toBe(0);
		// Easter Monday (29 March 2027) is a bank holiday, so session 2 moves to the Tuesday and the rest follow.
		const fits = page.getByRole('button', { name: 'Use 6 sessions, 4 weeks apart (last session Tuesday 20 July 2027)' });
		await fits.click();
		await page.locator('.result').waitFor();
		expect(await page.locator('.course-list__title').count()).toBe(6);
		expect(await sessions.inputValue()).toBe('6');
		expect(await page.locator('.error-summary').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	test('6 sessions 6 weeks apart breaks the 6-month rule: by how many days, and plans that fit', async () => {
		const { page } = await openPlanner();
		await plan(page, ['1', '3', '2027'], '6', '6');
		const result = page.locator('.result');
		await result.waitFor();
		const text = await result.innerText();
		expect(text).toContain('This plan is 26 days too long. Your clinic finishes every course within 6 months.');
		expect(text).toContain('Your last session would be on Monday 27 September 2027. It must be on or before Wednesday 1 September 2027.');
		expect(await result.locator('.suggestions button').allTextContents()).toEqual([
			'Use 5 sessions, 6 weeks apart (last session Monday 16 August 2027)',
			'Use 6 sessions, 5 weeks apart (last session Monday 23 August 2027)',
		]);
		await result.getByRole('button', { name: /Use 6 sessions, 5 weeks apart/ }).click();
		await expect.poll(() => result.innerText()).toContain('All your sessions are within 6 months.');
		expect(await page.getByLabel('How many weeks between sessions?').inputValue()).toBe('5');
	});

	test.each([
		['0', '4', 'The number of sessions must be 1 or more'],
		['three', '4', 'Enter the number of sessions as a whole number, like 3'],
		['3', '1', 'Sessions must be at least 2 weeks apart'],
		['3', '9', 'Sessions must be no more than 6 weeks apart'],
	])('%s sessions %s weeks apart: "%s"', async (sessions, weeks, message) => {
		const { page } = await openPlanner();
		await plan(page, ['1', '3', '2027'], sessions, weeks);
		await page.locator('.error-summary').waitFor();
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([message]);
	});
});

test('a session on a Saturday is flagged and can be moved to Monday', async () => {
	const { page } = await openPlanner();
	await plan(page, ['6', '3', '2027'], '2', '4');
	const result = page.locator('.result');
	await result.waitFor();
	expect(await result.innerText()).toContain('The clinic is usually closed on this day.');
	await result.getByRole('button', { name: 'Move session 1 to Monday 8 March 2027' }).click();
	await expect.poll(() => result.locator('.course-list__title').first().textContent()).toBe('Session 1: Monday 8 March 2027');
	expect(await result.innerText()).toContain('Moved from Saturday 6 March 2027, when the clinic is closed.');
	await result.getByRole('button', { name: 'Move every session to a day the clinic is open' }).waitFor({ state: 'detached' });
});

test('medicines: each session shows its medicine-free days, with the same picker as the medication calculator', async () => {
	const { page } = await openPlanner();
	await page.getByText('Add your medicines (optional)').click();
	await page.getByLabel('Find your medicine').fill('Brufen');
	await page.keyboard.press('Enter');
	await plan(page, ['12', '3', '2027'], '2', '4');
	const text = await page.locator('.result').innerText();
	expect(text).toContain('Brufen (ibuprofen): take your last dose on Monday 8 March 2027. Do not take it from Tuesday 9 March 2027 until the end of your session day.');
	expect(text).toContain('Brufen (ibuprofen): take your last dose on Monday 5 April 2027.');
});

test('a keyboard user plans their sessions and reaches the result', async () => {
	const { page, problems } = await openPlanner();
	await tabTo(page, (el) => el.id === 'first-session');
	await page.keyboard.type('15');
	await page.keyboard.press('Tab');
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2027');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('sessions');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('4');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('3');
	await tabTo(page, (el) => el.text === 'Plan my sessions');
	await page.keyboard.press('Enter');
	await page.locator('.result').waitFor();
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
	expect(await page.locator('.course-list__title').allTextContents()).toEqual([
		'Session 1: Monday 15 March 2027',
		'Session 2: Monday 5 April 2027',
		'Session 3: Monday 26 April 2027',
		'Session 4: Monday 17 May 2027',
	]);
	await tabTo(page, (el) => el.text === 'Copy a link to these dates');
	expect(problems).toEqual([]);
});

test('the form and the result pass axe in light and dark, on a phone and a desktop', async () => {
	for (const view of [
		{ width: 375, colorScheme: 'light' },
		{ width: 375, colorScheme: 'dark' },
		{ width: 1280, colorScheme: 'light' },
		{ width: 1280, colorScheme: 'dark' },
	] as const) {
		const { page, problems } = await openPlanner(`${pageUrl}#f=2027-03-06&n=6&w=6&m=ibuprofen,rivaroxaban`, view);
		await page.locator('.result').waitFor();
		await page.locator('details.details summary').first().click();
		expect(describeViolations(await runAxe(page))).toEqual([]);
		expect(problems).toEqual([]);
	}
});

test('the calendar file parses with a real iCalendar parser to the same dates', async () => {
	const { page } = await openPlanner(`${pageUrl}#f=2027-03-12&n=3&w=4&m=ibuprofen`);
	await page.locator('.result').waitFor();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add these dates to your calendar' }).click()]);
	expect(download.suggestedFilename()).toBe('session-plan.ics');
	const text = readFileSync((await download.path()) ?? '', 'utf8');
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((v) => {
		const event = new ICAL.Event(v);
		return { summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString(), alarms: v.getAllSubcomponents('valarm').length };
	});
	const sessions = events.filter((event) => event.summary.startsWith('Prolotherapy session'));
	expect(sessions).toEqual([
		{ summary: 'Prolotherapy session 1', start: '2027-03-12', end: '2027-03-13', alarms: 1 },
		{ summary: 'Prolotherapy session 2', start: '2027-04-09', end: '2027-04-10', alarms: 1 },
		{ summary: 'Prolotherapy session 3', start: '2027-05-07', end: '2027-05-08', alarms: 1 },
	]);
	expect(events).toContainEqual({ summary: 'Last dose of ibuprofen', start: '2027-03-08', end: '2027-03-09', alarms: 1 });
	expect(events).toContainEqual({ summary: 'No ibuprofen today', start: '2027-03-09', end: '2027-03-13', alarms: 0 });
	expect(events).toContainEqual({ summary: 'Around now, your clinic finds some people start to feel relief (results vary)', start: '2027-04-02', end: '2027-04-03', alarms: 0 });
	expect(events).toContainEqual({ summary: 'Bruising and swelling from session 1 should have settled', start: '2027-03-19', end: '2027-03-20', alarms: 0 });
	expect(events).toContainEqual({ summary: 'Review appointment', start: '2027-06-18', end: '2027-06-19', alarms: 0 });
});

test("the planner's link never carries the prescriber's agreement", async () => {
	const { page } = await openPlanner(`${pageUrl}#f=2027-03-12&n=3&w=4&m=rivaroxaban`);
	await page.locator('.result').waitFor();
	await page.getByLabel('The doctor who prescribes it agreed that I stop it before treatment').check();
	await expect.poll(() => page.locator('.result').innerText()).toContain('use the days the doctor who prescribes it gave you');
	await page.getByRole('button', { name: 'Copy a link to these dates' }).click();
	expect(new URL(await page.getByLabel('Link to these dates').inputValue()).hash).toBe('#f=2027-03-12&n=3&w=4&m=rivaroxaban');
});

test('the copied link reopens the same plan, with nothing but the fragment in it', async () => {
	const { page } = await openPlanner();
	await plan(page, ['6', '3', '2027'], '3', '5');
	await page.locator('.result').getByRole('button', { name: 'Move session 1 to Monday 8 March 2027' }).click();
	const first = await page.locator('.result__plan').innerText();
	await page.getByRole('button', { name: 'Copy a link to these dates' }).click();
	// The link follows the move in an effect after the plan renders.
	const linkField = page.getByLabel('Link to these dates');
	await expect.poll(async () => new URL(await linkField.inputValue()).hash).toBe('#f=2027-03-06&n=3&w=5&mv=1');
	const link = await linkField.inputValue();
	expect(new URL(link).search).toBe('');

	const again = await openPlanner(link);
	await again.page.locator('.result__plan').waitFor();
	expect(await again.page.locator('.result__plan').innerText()).toBe(first);
});

test('without JavaScript the page explains the usual schedule and the 6-month rule from the settings', async () => {
	const { page } = await openPage(browser, { javaScript: false });
	await page.goto(pageUrl);
	expect(await page.getByText('This calculator needs JavaScript').isVisible()).toBe(true);
	expect(await page.getByRole('button', { name: 'Plan my sessions' }).isVisible()).toBe(false);
	const rules = await page.locator('.planner-rules').innerText();
	expect(rules).toContain('Your clinic usually plans 3 sessions, 4 weeks apart. It can plan 1 to 6 sessions, 2 to 6 weeks apart.');
	expect(rules).toContain('All your sessions must be finished within 6 months of the first one.');
	expect(rules).toContain('if your first session is on 31 August 2027, your last must be on or before 29 February 2028.');
	expect(rules).toContain('The clinic is open on Monday, Tuesday, Wednesday, Thursday and Friday.');
	expect(await page.getByRole('link', { name: 'Call Riverside Joint and Spine Clinic on +44 20 7946 0000' }).isVisible()).toBe(true);
	await page.context().close();
});

