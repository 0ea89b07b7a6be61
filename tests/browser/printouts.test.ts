import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/i18n/languages.ts';
import { pageKinds } from '../../src/lib/routes.ts';
import { describeViolations, openPage, runAxe, useBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * The printouts of issue 23, as a patient and clinic staff make them: the letter for the doctor
 * who prescribes a blood thinner (medication calculator and planner) and the slip for an
 * appointment letter (the staff page). Each is printed to PDF by Chromium, must be one A4 page,
 * is turned into a picture at 150 dpi (pdftoppm) and its QR code read by a real decoder
 * (zbarimg; scripts/print-tools.ts installs both). The decoded link is opened in a fresh browser
 * context, which must show the calculator filled in with its answer, the prescriber's agreement
 * not ticked. Every request of both contexts is recorded: none carries the date or the name.
 * One browser for the file; the clock is 1 March 2027.
 */
const TODAY = new Date(2027, 2, 1, 10, 0, 0);
const work = mkdtempSync(join(tmpdir(), 'printouts-'));

const browser = await useBrowser();
afterAll(() => {
	// PRINTOUTS_KEEP=1 keeps the PDFs and pictures to look at.
	if (!process.env['PRINTOUTS_KEEP']) rmSync(work, { recursive: true, force: true });
});

/** Opens a page with the clock fixed, print() recorded instead of opening a dialogue, and every request kept. */
async function open(url: string) {
	const watched = await openPage(browser, { width: 375 });
	const requests: string[] = [];
	watched.page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	await watched.page.clock.setFixedTime(TODAY);
	await watched.page.addInitScript(() => {
		window.print = () => {
			document.documentElement.dataset['printed'] = String(Number(document.documentElement.dataset['printed'] ?? 0) + 1);
		};
	});
	await watched.page.goto(url);
	await watched.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	return { ...watched, requests };
}

let printed = 0;
/** Prints the page to PDF and gives its page count and the text of the QR code on it. */
async function printAndDecode(page: Page): Promise<{ pages: number; decoded: string }> {
	await expect.poll(() => page.evaluate(() => document.documentElement.dataset['printed'])).toBe('1');
	const name = `print-${(printed += 1)}`;
	writeFileSync(join(work, `${name}.pdf`), await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
	const raster = spawnSync('pdftoppm', ['-r', '150', '-gray', '-png', join(work, `${name}.pdf`), join(work, name)], { encoding: 'utf8' });
	expect(raster.status, raster.stderr).toBe(0);
	const images = readdirSync(work).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'));
	const decoded = spawnSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...images.map((file) => join(work, file))], { encoding: 'utf8' });
	expect(decoded.status, decoded.stderr).toBe(0);
	return { pages: images.length, decoded: decoded.stdout.trim() };
}

/** Opens a decoded link in a fresh context and gives what the calculator shows. */
async function reopen(link: string) {
	const opened = await open(link);
	await opened.page.locator('#result-title').waitFor();
	return opened;
}

const words = {
	en: { letter: 'Print a letter for the doctor who prescribes it', treatment: 'Friday 12 March 2027', slip: 'Make the slip', name: 'Mary Smith', xarelto: 'Xarelto (rivaroxaban)' },
	tr: { letter: 'Bu ilacı yazan hekim için bir mektup yazdırın', treatment: '12 Mart 2027 Cuma', slip: 'Kartı hazırlayın', name: 'Ayşe Yılmaz', xarelto: 'Xarelto (rivaroksaban)' },
} as const;

/** Nothing the patient or staff typed is in any request: the dates travel in the fragment only. */
function expectPrivate(requests: readonly string[], ...typed: string[]) {
	expect(requests.length).toBeGreaterThan(0);
	for (const line of requests) for (const text of [...typed, encodeURIComponent(typed[0] ?? '')]) expect(line).not.toContain(text);
}

describe.each(['en', 'tr'] as const)('%s', (lang: Lang) => {
	const w = words[lang];

	test('the medication calculator prints a one-page letter whose code reopens the date and the blood thinner only', async () => {
		const { page, problems, requests } = await open(`${at(lang, pageKinds.medication.path)}#t=2027-03-12&m=ibuprofen.brufen,rivaroxaban.xarelto`);
		await page.locator('#result-title').waitFor();
		// Only the blood thinner has a letter; the painkiller's rule is the clinic's.
		await expect.poll(() => page.getByRole('button', { name: w.letter }).count()).toBe(1);
		await page.getByRole('button', { name: w.letter }).click();
		const letter = page.locator('#printout');
		await letter.locator('#printout-title').waitFor();
		const text = (await letter.textContent()) ?? '';
		for (const expected of [w.treatment, w.xarelto, '+44\u00a020\u00a07946\u00a00000', 'doi:10.1097/AAP.0000000000000700', 'Reg Anesth Pain Med 2018;43:225-262']) expect(text).toContain(expected);
		expect(text).not.toMatch(/brufen|ibuprofen/i);
		// The page around it is checked by pages.test.ts; here the printout as shown on screen.
		expect(describeViolations(await runAxe(page, '#printout'))).toEqual([]);

		const { pages, decoded } = await printAndDecode(page);
		expect(pages).toBe(1);
		expect(new URL(decoded).hash).toBe('#t=2027-03-12&m=rivaroxaban.xarelto');
		expect(text.replace(/\s+/g, '')).toContain(decoded.replace(/^https?:\/\//, ''));

		const reopened = await reopen(decoded);
		expect(await reopened.page.locator('#treatment-date').inputValue()).toBe('12');
		expect(await reopened.page.locator('.chosen__name').allTextContents()).toEqual([w.xarelto]);
		expect(await reopened.page.locator('#agreed-rivaroxaban').isChecked()).toBe(false);
		expectPrivate([...requests, ...reopened.requests], '2027-03-12', 'rivaroxaban');
		expect([...problems, ...reopened.problems]).toEqual([]);
		await page.context().close();
		await reopened.page.context().close();
	});

	test('the planner prints the letter with every session date, and its code reopens the plan', async () => {
		const { page, problems } = await open(`${at(lang, pageKinds.planner.path)}#f=2027-03-08&n=3&w=4&m=apixaban`);
		await page.locator('#result-title').waitFor();
		await page.getByRole('button', { name: new RegExp(`^${w.letter}`) }).click();
		const text = (await page.locator('#printout').textContent()) ?? '';
		expect(text).toContain(lang === 'en' ? 'Monday 8 March 2027' : '8 Mart 2027 Pazartesi');
		expect(text).toContain(lang === 'en' ? 'Monday 3 May 2027' : '3 Mayıs 2027 Pazartesi');
		const { pages, decoded } = await printAndDecode(page);
		expect(pages).toBe(1);
		expect(new URL(decoded).hash).toBe('#f=2027-03-08&n=3&w=4&m=apixaban');
		const reopened = await reopen(decoded);
		expect(await reopened.page.locator('.course-list > li').count()).toBe(3);
		expect(await reopened.page.locator('#agreed-apixaban').isChecked()).toBe(false);
		expect([...problems, ...reopened.problems]).toEqual([]);
		await page.context().close();
		await reopened.page.context().close();
	});
});

describe('the staff page', () => {
	test.each([
		['en', 'tr', 'medication'],
		['tr', 'en', 'planner'],
	] as const)('in %s, prints a slip in %s that opens the %s page filled in; the name stays on paper', async (pageLang, patientLang, kind) => {
		const w = words[patientLang];
		const { page, problems, requests } = await open(at(pageLang, pageKinds.clinicLetter.path));
		if (kind === 'planner') await page.locator('#slip-kind-planner').check();
		await page.locator('#slip-date').fill('12');
		await page.locator('#slip-date-month').fill('3');
		await page.locator('#slip-date-year').fill('2027');
		await page.locator('#slip-group-anticoagulant').check();
		await page.locator(`#slip-lang-${patientLang}`).check();
		await page.locator('#slip-name').fill(w.name);
		await page.getByRole('button', { name: words[pageLang].slip }).click();
		const slip = page.locator('#printout');
		await slip.locator('#printout-title').waitFor();
		const text = (await slip.textContent()) ?? '';
		expect(text).toContain(w.name);
		expect(text).toContain(w.treatment);
		expect(describeViolations(await runAxe(page, '#printout'))).toEqual([]);

		const { pages, decoded } = await printAndDecode(page);
		expect(pages).toBe(1);
		expect(decoded.startsWith(at(patientLang, pageKinds[kind].path))).toBe(true);
		expect(decoded).not.toContain(w.name.split(' ')[0]);
		expect(text.replace(/\s+/g, '')).toContain(decoded.replace(/^https?:\/\//, ''));

		const reopened = await open(decoded);
		await reopened.page.locator(kind === 'medication' ? '#treatment-date' : '#first-session').waitFor();
		await expect.poll(() => reopened.page.locator(kind === 'medication' ? '#treatment-date' : '#first-session').inputValue()).toBe('12');
		if (kind === 'planner') await reopened.page.locator('#result-title').waitFor();
		else {
			// The slip names a group to check: it is added, and the answer for it is shown.
			await reopened.page.locator('#result-title').waitFor();
			expect(await reopened.page.locator('.chosen__name').count()).toBe(1);
		}
		expectPrivate([...requests, ...reopened.requests], '2027-03-12', w.name, w.name.split(' ')[0] ?? '');
		expect([...problems, ...reopened.problems]).toEqual([]);
		await page.context().close();
		await reopened.page.context().close();
	});
});
