import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { describeViolations, openPage, openTab, runAxe, useBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * "Your questions for the appointment" on the questions guide (issue 27): ticked by keyboard,
 * with the patient's own questions, kept through a reload and in the link (the fragment only:
 * no request carries what was typed), printed with space for the answers; a plain list without
 * JavaScript.
 */
const browser = await useBrowser();

const OWN = 'Can I swim the week after? Ümit & Şule’s question';

test('ticked and own questions survive a reload and the link, print with answer space, and never reach a request', async () => {
	const { page, problems } = await openPage(browser, { width: 375 });
	const requests: string[] = [];
	page.context().on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
	await page.addInitScript(() => {
		Object.assign(window, { print: () => Object.assign(window, { printed: ((window as unknown as { printed?: number }).printed ?? 0) + 1 }) });
	});
	await page.goto(at('en', 'guides/questions/'), { waitUntil: 'load' });
	expect(requests.some((url) => url.includes('questions-form')), 'the form’s script waits for the first use').toBe(false);

	// By keyboard: Space ticks a box; typing fills a field.
	await page.getByRole('checkbox', { name: 'What happens if I do nothing?' }).focus();
	await page.keyboard.press('Space');
	await page.getByRole('checkbox', { name: 'What will the whole treatment cost?' }).focus();
	await page.keyboard.press('Space');
	await page.getByRole('textbox', { name: 'Your question 2' }).fill(OWN);
	await expect.poll(() => page.evaluate(() => location.hash)).toContain('q=nothing,cost');
	expect(describeViolations(await runAxe(page))).toEqual([]);

	await page.reload({ waitUntil: 'load' });
	await expect.poll(() => page.getByRole('textbox', { name: 'Your question 2' }).inputValue()).toBe(OWN);
	expect(await page.getByRole('checkbox', { name: 'What happens if I do nothing?' }).isChecked()).toBe(true);
	expect(await page.getByRole('checkbox', { name: 'What will the whole treatment cost?' }).isChecked()).toBe(true);
	expect(await page.getByRole('checkbox', { name: 'What are the risks, and how likely are they?' }).isChecked()).toBe(false);

	// The link, opened afresh, brings them back.
	await page.getByRole('button', { name: 'Copy a link to your questions' }).click();
	const link = await page.getByRole('textbox', { name: 'Link to your questions' }).inputValue();
	expect(new URL(link).hash).not.toBe('');
	expect(new URL(link).search).toBe('');
	const { page: other } = await openPage(browser);
	other.context().on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
	await other.goto(link, { waitUntil: 'load' });
	await expect.poll(() => other.getByRole('textbox', { name: 'Your question 2' }).inputValue()).toBe(OWN);
	expect(await other.getByRole('checkbox', { name: 'What will the whole treatment cost?' }).isChecked()).toBe(true);
	await other.context().close();

	// Printing: only the chosen questions, each with lines for the answer.
	await page.getByRole('button', { name: 'Print your questions' }).click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	const printed = page.locator('.questions__printout li');
	expect((await printed.allInnerTexts()).map((text) => text.replace(/\n+/g, '\n'))).toEqual([
		'What happens if I do nothing?\nAnswer:',
		'What will the whole treatment cost?\nAnswer:',
		`${OWN}\nAnswer:`,
	]);
	for (const answer of await page.locator('.questions__answer').all()) expect((await answer.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(100);
	expect(await page.locator('h1').isVisible(), 'the rest of the guide stays off the printout').toBe(false);
	const file = join(mkdtempSync(join(tmpdir(), 'questions-')), 'questions.pdf');
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
	expect(text).toContain('What will the whole treatment cost? Answer:');
	expect(text).toContain(OWN);
	expect(text).not.toContain('What are the risks');
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	expect(await page.locator('h1').isVisible(), 'the guide is back after printing').toBe(true);

	for (const request of requests) {
		expect(request).not.toMatch(/swim|%C3%9C|q=nothing/i);
	}
	expect(problems).toEqual([]);
	await page.context().close();
});

test('with nothing ticked, "Print your questions" says what to do, in Turkish too', async () => {
	const { page } = await openTab(browser);
	await page.goto(at('tr', 'guides/questions/'), { waitUntil: 'load' });
	await page.getByRole('button', { name: 'Sorularınızı yazdırın' }).click();
	await expect.poll(() => page.locator('[data-questions-message]').textContent()).toBe('Sorularınızı yazdırmak için en az bir soruyu işaretleyin ya da kendi sorunuzu yazın.');
	expect(await page.getByRole('checkbox', { name: 'Proloterapinin bana yararı ne olur?' }).evaluate((el) => el === document.activeElement)).toBe(true);
});

test('without JavaScript the questions are a plain list', async () => {
	const { page } = await openTab(browser, { javaScript: false });
	await page.goto(at('en', 'guides/questions/'));
	expect(await page.locator('.questions__item').count()).toBe(9);
	expect(await page.locator('.questions__item').first().isVisible()).toBe(true);
	expect(await page.locator('.questions__box').first().isVisible()).toBe(false);
	expect(await page.locator('[data-own]').first().isVisible()).toBe(false);
	expect(await page.locator('.questions button').first().isVisible()).toBe(false);
});
