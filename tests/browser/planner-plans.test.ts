import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openCalculatorPage, plan } from './support/calculators.ts';
import { at } from './support/site.ts';

/*
 * The session planner: plans the clinic can book, the timeline, the printout and bank holidays, the clock fixed to Monday 1 March 2027
 * (support/calculators.ts). The clinic settings are clinic.yaml's: 1 to 6 sessions, 2 to 6 weeks
 * apart, 6 months, open Monday to Friday, a review 6 weeks after the last session, £180 a session.
 */
const pageUrl = at('en', 'plan-your-sessions/');
const browser = await useBrowser();
const openPlanner = (url = pageUrl, options: Parameters<typeof openCalculatorPage>[2] = {}, today?: Date) => openCalculatorPage(browser, url, options, today);

test('in Turkish, dates and weekdays are Turkish', async () => {
	const { page, problems } = await openPlanner(at('tr', 'plan-your-sessions/'));
	await page.getByLabel('Gün').fill('12');
	await page.getByLabel('Ay', { exact: true }).fill('3');
	await page.getByLabel('Yıl').fill('2027');
	await page.getByRole('button', { name: 'Seanslarımı planla' }).click();
	await page.locator('.result').waitFor();
	expect(await page.locator('.course-list__title').allTextContents()).toEqual(['1. seans: 12 Mart 2027 Cuma', '2. seans: 9 Nisan 2027 Cuma', '3. seans: 7 Mayıs 2027 Cuma']);
	expect(await page.locator('.result').innerText()).toContain('2 Nisan 2027 Cuma civarında');
	expect(problems).toEqual([]);
});

describe('issue 11: every plan shown is one the clinic can book, or says why not', () => {
	test('a suggestion gives exactly the plan its label names, moves to open days included', async () => {
		const { page, problems } = await openPlanner(`${pageUrl}#f=2027-03-06&n=6&w=6&mv=all`);
		const result = page.locator('.result');
		await result.waitFor();
		const labels = await result.locator('.suggestions button').allTextContents();
		// Spring bank holiday (Monday 31 May 2027) and the Summer one (30 August) are closed too.
		expect(labels).toEqual([
			'Use 5 sessions, 6 weeks apart (last session Friday 20 August 2027)',
			'Use 6 sessions, 5 weeks apart (last session Tuesday 31 August 2027)',
		]);
		for (const label of labels) {
			await page.goto(`${pageUrl}#f=2027-03-06&n=6&w=6&mv=all`);
			await page.reload();
			await result.waitFor();
			await result.getByRole('button', { name: label }).click();
			await expect.poll(() => result.locator('.course-list__title').last().textContent()).toContain(label.match(/last session (.*)\)/)?.[1] ?? '?');
			expect(await result.locator('.course-list__warning').count()).toBe(0);
			expect(await result.innerText()).toContain('All your sessions are within 6 months.');
		}
		expect(problems).toEqual([]);
	});

	test('moving the first of 3 fortnightly sessions off a Saturday keeps 2 weeks to the next one', async () => {
		const { page } = await openPlanner();
		await plan(page, ['6', '3', '2027'], '3', '2');
		const result = page.locator('.result');
		await result.getByRole('button', { name: 'Move session 1 to Monday 8 March 2027' }).click();
		await expect.poll(() => result.locator('.course-list__title').allTextContents()).toEqual([
			'Session 1: Monday 8 March 2027',
			'Session 2: Monday 22 March 2027',
			'Session 3: Monday 5 April 2027',
		]);
	});

	test('a review on a Saturday is flagged', async () => {
		const { page } = await openPlanner();
		await plan(page, ['21', '8', '2027'], '2', '6');
		const review = page.locator('.course-milestones li', { hasText: 'Review appointment' });
		expect(await review.innerText()).toBe(
			'Review appointment: Saturday 13 November 2027 The clinic is usually closed on this day, so it will offer you a day near it, such as Monday 15 November 2027.',
		);
	});

	test('bank holidays in England are closed days: Boxing Day’s substitute, and Christmas Day as a first session', async () => {
		const november = new Date(2026, 10, 27, 10, 0, 0);
		const { page } = await openPlanner(pageUrl, {}, november);
		await plan(page, ['30', '11', '2026'], '4', '4');
		const result = page.locator('.result');
		await result.waitFor();
		const second = result.locator('.course-list__session').nth(1);
		expect(await second.locator('.course-list__title').innerText()).toBe('Session 2: Monday 28 December 2026');
		expect(await second.locator('.course-list__warning').innerText()).toContain('The clinic is usually closed on this day.');
		expect(await result.locator('.result__closed').innerText()).toBe('The clinic is closed on the day of one of your sessions. It is marked below.');
		await second.getByRole('button', { name: 'Move session 2 to Tuesday 29 December 2026' }).click();
		await expect.poll(() => result.locator('.course-list__title').allTextContents()).toEqual([
			'Session 1: Monday 30 November 2026',
			'Session 2: Tuesday 29 December 2026',
			'Session 3: Tuesday 26 January 2027',
			'Session 4: Tuesday 23 February 2027',
		]);
		await plan(page, ['25', '12', '2026'], '1', '4');
		await expect.poll(() => result.locator('.course-list__session').first().innerText()).toContain('The clinic is usually closed on this day.');
		expect(await result.locator('.result__summary').innerText()).toBe('1 session, on Friday 25 December 2026.');
		expect(await result.innerText()).toContain('About £180 for 1 session.');
		await result.getByRole('button', { name: 'Move session 1 to Tuesday 29 December 2026' }).waitFor();
	});

	test('a link with values outside the clinic’s limits opens with them in the fields and the errors shown', async () => {
		const { page } = await openPlanner(`${pageUrl}#f=2027-03-08&n=999&w=-1`);
		const summary = page.locator('.error-summary');
		await summary.waitFor();
		expect(await summary.getByRole('link').allTextContents()).toEqual([
			'Your clinic plans up to 6 sessions. Enter 6 or fewer',
			'Enter the weeks between sessions as a whole number, like 4',
		]);
		expect(await page.getByLabel('How many sessions?').inputValue()).toBe('999');
		expect(await page.getByLabel('How many weeks between sessions?').inputValue()).toBe('-1');
		expect(await page.getByLabel('Day').inputValue()).toBe('8');
		expect(await page.locator('.result').count()).toBe(0);
	});
});

test('at 320 px the timeline shows every session and bruising bar, none covered by another marker', async () => {
	// 6 sessions 2 weeks apart, the closest the clinic allows, and a review after them.
	const { page } = await openPlanner(`${pageUrl}#f=2027-03-01&n=6&w=2`, { width: 320 });
	await page.locator('.timeline').waitFor();
	const boxes = await page.evaluate(() => {
		const rect = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const track = document.querySelector('.timeline__track');
		return {
			sessions: [...document.querySelectorAll('.timeline__track .timeline__session')].map(rect),
			bars: [...document.querySelectorAll('.timeline__track .timeline__bruising')].map(rect),
			markers: [...document.querySelectorAll('.timeline__track :is(.timeline__relief, .timeline__follow-up)')].map(rect),
			track: track ? rect(track) : null,
			scrollWidth: document.documentElement.scrollWidth,
		};
	});
	const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
		a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
	expect(boxes.sessions).toHaveLength(6);
	expect(boxes.bars).toHaveLength(6);
	for (const [i, a] of boxes.sessions.entries()) {
		for (const b of boxes.sessions.slice(i + 1)) expect(overlap(a, b)).toBe(false);
		for (const bar of boxes.bars) expect(overlap(a, bar)).toBe(false);
		for (const marker of boxes.markers) expect(overlap(a, marker)).toBe(false);
	}
	for (const bar of boxes.bars) expect(bar.right - bar.left).toBeGreaterThan(2);
	// Nothing sticks out of the page sideways.
	expect(boxes.scrollWidth).toBeLessThanOrEqual(320);
});

/**
 * The size, in points, of every piece of text a PDF from Chromium draws: the font size (`Tf`)
 * scaled by the text matrix (`Tm`) and the current transformation (`cm`, saved and restored by
 * `q` and `Q`). Chromium writes one operator a line in Flate-compressed content streams.
 */
function pdfTextSizes(pdf: Buffer): number[] {
	const raw = pdf.toString('latin1');
	const sizes: number[] = [];
	const scaleOf = (m: number[]) => Math.sqrt(Math.abs((m[0] ?? 0) * (m[3] ?? 0) - (m[1] ?? 0) * (m[2] ?? 0)));
	for (const match of raw.matchAll(/\/Filter\s*\/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
		const start = (match.index ?? 0) + match[0].length;
		let text: string;
		try {
			text = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
		} catch {
			continue;
		}
		if (!text.includes(' Tf')) continue;
		const stack: number[] = [];
		let ctm = 1;
		let textScale = 1;
		let font = 0;
		for (const line of text.split('\n')) {
			const parts = line.trim().split(/\s+/);
			const op = parts.at(-1);
			const numbers = parts.slice(0, -1).map(Number);
			if (op === 'q') stack.push(ctm);
			else if (op === 'Q') ctm = stack.pop() ?? 1;
			else if (op === 'cm') ctm *= scaleOf(numbers);
			else if (op === 'Tm') textScale = scaleOf(numbers);
			else if (op === 'Tf') font = Number(parts[1]);
			else if (op === 'Tj' || op === 'TJ') sizes.push(Math.round(font * textScale * ctm * 100) / 100);
		}
	}
	return sizes;
}

test('the printed plan: at least 12 pt, the timeline and its key, on at most two A4 pages for the largest plan with three medicines', async () => {
	const { page } = await openPlanner(`${pageUrl}#f=2027-03-01&n=6&w=4&m=ibuprofen,naproxen,diclofenac&mv=all`, { width: 1280 });
	await page.locator('.result').waitFor();
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('.timeline__key').isVisible()).toBe(true);
	// Medicines with the same dates share a line.
	expect(await page.locator('.course-list__medicines li').count()).toBe(6);
	expect(await page.locator('.course-list__medicines li').nth(1).innerText()).toBe(
		'Ibuprofen, naproxen and diclofenac: take your last dose on Friday 26 March 2027. Do not take it from Saturday 27 March 2027 until the end of your session day. Ask the clinic when to take it again.',
	);
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(1);
	expect(pages.length).toBeLessThanOrEqual(2);
	const sizes = pdfTextSizes(pdf);
	expect(sizes.length).toBeGreaterThan(100);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
});

test('the medication calculator flags a treatment date on a bank holiday, and not on an open day', async () => {
	const { page, problems } = await openPlanner(`${at('en', 'medication-dates/')}#t=2027-05-31&m=ibuprofen`);
	const result = page.locator('.result');
	await result.waitFor();
	expect(await result.locator('.result__closed').innerText()).toBe('The clinic is usually closed on this day. Check the date of your treatment with the clinic.');
	expect(problems).toEqual([]);
	// A fresh page for the open day: a hash change followed by a reload raced under load.
	const open = await openPlanner(`${at('en', 'medication-dates/')}#t=2027-06-01&m=ibuprofen`);
	const openResult = open.page.locator('.result');
	await openResult.waitFor();
	expect(await openResult.innerText()).toContain('Tuesday 1 June 2027');
	expect(await openResult.locator('.result__closed').count()).toBe(0);
	expect(open.problems).toEqual([]);
});
