import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeViolations, openPage, runAxe, useBrowser } from './support/browser.ts';
import { openCalculatorPage } from './support/calculators.ts';
import { at } from './support/site.ts';

/*
 * The medication-dates calculator: wrong input, too late, axe, the calendar file, links, Turkish and print, the clock fixed to 1 March 2027
 * (support/calculators.ts), so the brief's worked example (treatment Friday 12 March 2027, stop
 * 3 days before: last dose Monday 8 March) holds on any day the tests run.
 */
const pageUrl = at('en', 'medication-dates/');
const browser = await useBrowser();
const openCalculator = (url = pageUrl, options: Parameters<typeof openCalculatorPage>[2] = {}, today?: Date) => openCalculatorPage(browser, url, options, today);

describe('wrong input', () => {
	test('an empty form shows an error summary that takes focus and messages at each field', async () => {
		const { page, problems } = await openCalculator();
		await page.getByRole('button', { name: 'Show my dates' }).click();
		const summary = page.locator('.error-summary');
		await summary.waitFor();
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
		expect(await summary.getByRole('link').allTextContents()).toEqual([
			'Enter the treatment date',
			'Add at least one medicine, or choose the kind of medicine',
		]);
		const fieldset = page.getByRole('group', { name: 'When is your treatment?' });
		expect(await fieldset.getAttribute('aria-describedby')).toBe('treatment-date-hint treatment-date-error');
		expect(await page.locator('#treatment-date-error').textContent()).toBe('Error: Enter the treatment date');
		expect(await page.getByLabel('Day', { exact: true }).getAttribute('aria-invalid')).toBe('true');
		expect(await page.getByLabel('Find your medicine').getAttribute('aria-describedby')).toContain('medicine-find-error');
		await summary.getByRole('link', { name: 'Enter the treatment date' }).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('treatment-date');
		expect(describeViolations(await runAxe(page))).toEqual([]);
		expect(problems).toEqual([]);
	});

	test.each([
		[['30', '2', '2027'], 'The treatment date must be a real date', 'day'],
		[['12', '13', '2027'], 'The treatment date must be a real date', 'month'],
		[['1', 'March', '2027'], 'The treatment date must be written in numbers, like 12 3 2027', 'month'],
		[['12', '3', ''], 'The treatment date must include a year', 'year'],
		[['28', '2', '2027'], 'The treatment date must be today or in the future', 'day'],
		[['12', '3', '2029'], 'The treatment date must be within the next year', 'day'],
	])('%j says "%s" and marks the %s box', async ([day, month, year], message, box) => {
		const { page } = await openCalculator();
		await page.getByLabel('Day', { exact: true }).fill(day ?? '');
		await page.getByLabel('Month').fill(month ?? '');
		await page.getByLabel('Year').fill(year ?? '');
		await page.getByLabel('Find your medicine').fill('ibuprofen');
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Show my dates' }).click();
		await page.locator('.error-summary').waitFor();
		expect(await page.locator('.error-summary a').allTextContents()).toEqual([message]);
		const label = { day: 'Day', month: 'Month', year: 'Year' }[box] ?? '';
		expect(await page.getByLabel(label).getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('.result').count()).toBe(0);
	});
});

test('when today is after the last-dose day the page says it is too late and shows no dates', async () => {
	const { page } = await openCalculator(`${pageUrl}#t=2027-03-12&m=ibuprofen`, {}, new Date(2027, 2, 10, 9));
	const result = page.locator('.result');
	await result.waitFor();
	const text = (await result.innerText()).replaceAll('\u00a0', ' ');
	expect(text).toContain(
		'It is now too late to stop ibuprofen 3 days before your treatment. What to do today: do not take any more before your treatment, and call the clinic on +44 20 7946 0000.',
	);
	expect(text).not.toContain('Take your last');
	expect(text).not.toContain('closed');
});

test('a whole kind of medicine reads as a sentence: no "Take your last Anti-inflammatory painkillers…"', async () => {
	const { page } = await openCalculator(`${pageUrl}#t=2027-03-12&g=nsaid,anticoagulant`);
	const text = await page.locator('.result').innerText();
	expect(text).toContain('Take your last dose on Monday 8 March 2027.');
	expect(text).toContain('Do not stop blood thinners (anticoagulants) on your own.');
	expect(text).not.toMatch(/Take your last (Anti|Blood)/);
});

test('too late on a Saturday: the answer says the clinic is closed today and when it opens', async () => {
	// Saturday 13 March 2027, treatment Monday 15 March: the last naproxen was due on Thursday 11 March.
	const { page } = await openCalculator(`${pageUrl}#t=2027-03-15&m=naproxen`, {}, new Date(2027, 2, 13, 9));
	const text = (await page.locator('.result').innerText()).replaceAll('\u00a0', ' ');
	expect(text).toContain('What to do today: do not take any more before your treatment');
	expect(text).toContain('The clinic is closed today because it is the weekend. Call when it opens on Monday 15 March 2027.');
});

test('the result, the form and the page pass axe in light and dark, on a phone and a desktop', async () => {
	for (const view of [
		{ width: 375, colorScheme: 'light' },
		{ width: 1280, colorScheme: 'dark' },
	] as const) {
		const { page, problems } = await openCalculator(`${pageUrl}#t=2027-03-12&m=ibuprofen,rivaroxaban,paracetamol`, view);
		await page.locator('.result').waitFor();
		await page.locator('details.details summary').first().click();
		expect(describeViolations(await runAxe(page))).toEqual([]);
		expect(problems).toEqual([]);
	}
});

test('the calendar file parses with a real iCalendar parser to the same dates', async () => {
	const { page } = await openCalculator(`${pageUrl}#t=2027-03-12&m=ibuprofen`);
	await page.locator('.result').waitFor();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add these dates to your calendar' }).click()]);
	expect(download.suggestedFilename()).toBe('medication-dates.ics');
	const text = readFileSync((await download.path()) ?? '', 'utf8');
	expect(text).toContain('\r\n');
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((v) => {
		const event = new ICAL.Event(v);
		return { summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString(), alarms: v.getAllSubcomponents('valarm').length };
	});
	expect(events).toContainEqual({ summary: 'Prolotherapy treatment', start: '2027-03-12', end: '2027-03-13', alarms: 0 });
	expect(events).toContainEqual({ summary: 'Last dose of ibuprofen', start: '2027-03-08', end: '2027-03-09', alarms: 1 });
	expect(events).toContainEqual({ summary: 'No ibuprofen today', start: '2027-03-09', end: '2027-03-13', alarms: 0 });

	// A new treatment date gives a file with the same event ids and a higher SEQUENCE: calendar apps replace, not duplicate.
	const uidsAndSequence = (ics: string) =>
		new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), Number(v.getFirstPropertyValue('sequence'))] as const);
	const first = uidsAndSequence(text);
	await page.clock.setFixedTime(new Date(2027, 2, 1, 10, 5, 0));
	await page.getByLabel('Day', { exact: true }).fill('19');
	await page.getByRole('button', { name: 'Show my dates' }).click();
	await expect.poll(() => page.locator('.result').innerText()).toContain('Friday 19 March 2027');
	const [second] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add these dates to your calendar' }).click()]);
	const next = uidsAndSequence(readFileSync((await second.path()) ?? '', 'utf8'));
	expect(next.map(([uid]) => uid).sort()).toEqual(first.map(([uid]) => uid).sort());
	for (const [uid, sequence] of next) expect(sequence).toBeGreaterThan(first.find(([old]) => old === uid)?.[1] ?? Number.POSITIVE_INFINITY);
});

test('the copied link reopens the same result, with nothing but the fragment in it', async () => {
	const { page } = await openCalculator();
	await page.getByLabel('Day', { exact: true }).fill('12');
	await page.getByLabel('Month').fill('3');
	await page.getByLabel('Year').fill('2027');
	await page.getByLabel('Find your medicine').fill('naprosyn');
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Show my dates' }).click();
	const first = await page.locator('.result__plan').innerText();
	await page.getByRole('button', { name: 'Copy a link to these dates' }).click();
	const link = await page.getByLabel('Link to these dates').inputValue();
	expect(new URL(link).search).toBe('');
	expect(new URL(link).hash).toBe('#t=2027-03-12&m=naproxen.naprosyn');

	const again = await openCalculator(link);
	await again.page.locator('.result__plan').waitFor();
	// The link carries the brand the patient picked, so the answer names it the same way.
	expect(await again.page.locator('.result__plan').innerText()).toBe(first);
});

test('in Turkish, dates and weekdays are Turkish and Turkish brands are found', async () => {
	const { page, problems } = await openCalculator(at('tr', 'medication-dates/'));
	await page.getByLabel('Gün').fill('12');
	await page.getByLabel('Ay', { exact: true }).fill('3');
	await page.getByLabel('Yıl').fill('2027');
	await page.getByLabel('İlacınızı bulun').fill('arveles');
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Tarihlerimi göster' }).click();
	const text = await page.locator('.result').innerText();
	expect(text).toContain('Tedaviniz 12 Mart 2027 Cuma günü.');
	expect(text).toContain('Arveles (deksketoprofen): Son dozunuzu 8 Mart 2027 Pazartesi günü alın.');
	// The planner-wide words for a blood thinner's days are Turkish too.
	await page.getByLabel('İlacınızı bulun').fill('Xarelto');
	await page.keyboard.press('Enter');
	await page.getByLabel('Bu ilacı yazan doktor, tedaviden önce ara vermemi onayladı').check();
	await page.getByLabel('Tedaviden kaç gün önce ara vereceğimi söyledi').check();
	await page.getByLabel('Tedaviden kaç gün önce ara vereceksiniz').fill('5');
	await expect.poll(() => page.locator('.result').innerText()).toContain('Xarelto (rivaroksaban): Son dozunuzu 6 Mart 2027 Cumartesi günü alın.');
	expect(problems).toEqual([]);
});

test('without JavaScript the page gives the clinic’s rules in words and a table, and the phone number', async () => {
	const { page } = await openPage(browser, { javaScript: false });
	await page.goto(pageUrl);
	expect(await page.getByText('This calculator needs JavaScript').isVisible()).toBe(true);
	expect(await page.getByRole('button', { name: 'Show my dates' }).isVisible()).toBe(false);
	const rows = page.locator('.rules-table tbody tr');
	expect(await rows.count()).toBe(8);
	expect(await rows.first().innerText()).toContain('Stop 3 days before treatment, if your clinic asked you to.');
	expect(await page.getByRole('link', { name: 'Call Riverside Joint and Spine Clinic on +44 20 7946 0000' }).isVisible()).toBe(true);
	await page.context().close();
});

test('the printed handout, with two medicines, fits on one A4 sheet', async () => {
	const { page } = await openCalculator(`${pageUrl}#t=2027-03-12&m=ibuprofen,rivaroxaban`);
	await page.locator('.result').waitFor();
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});
