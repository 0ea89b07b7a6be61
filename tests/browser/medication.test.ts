import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openCalculatorPage, tabTo } from './support/calculators.ts';
import { at } from './support/site.ts';

/*
 * The medication-dates calculator as a patient uses it, the clock fixed to 1 March 2027
 * (support/calculators.ts), so the brief's worked example (treatment Friday 12 March 2027, stop
 * 3 days before: last dose Monday 8 March) holds on any day the tests run.
 */
const pageUrl = at('en', 'medication-dates/');
const browser = await useBrowser();
const openCalculator = (url = pageUrl, options: Parameters<typeof openCalculatorPage>[2] = {}, today?: Date) => openCalculatorPage(browser, url, options, today);

test('a keyboard user finds Brufen and Xarelto by name and gets the right dates', async () => {
	const { page, problems } = await openCalculator();
	await tabTo(page, (el) => el.id === 'treatment-date');
	await page.keyboard.type('12');
	await page.keyboard.press('Tab');
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2027');
	await tabTo(page, (el) => el.id === 'medicine-find');
	await page.keyboard.type('Brufen');
	await expect.poll(() => page.locator('#medicine-find-status').textContent()).toBe('1 medicine found');
	await page.keyboard.press('Enter');
	await page.keyboard.type('xarelto');
	await page.keyboard.press('Enter');
	await expect.poll(() => page.locator('.chosen__name').allTextContents()).toEqual(['Brufen (ibuprofen)', 'Xarelto (rivaroxaban)']);
	await tabTo(page, (el) => el.text === 'Show my dates');
	await page.keyboard.press('Enter');

	const result = page.locator('.result');
	await result.waitFor();
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
	const text = await result.innerText();
	expect(text).toContain('Your treatment is on Friday 12 March 2027.');
	expect(text).toContain('Take your last Brufen (ibuprofen) on Monday 8 March 2027.');
	expect(text).toContain(
		'Do not take it on Tuesday 9 March 2027, Wednesday 10 March 2027, Thursday 11 March 2027 and your treatment day (Friday 12 March 2027).',
	);
	expect(text).toContain('Do not stop Xarelto (rivaroxaban) on your own.');
	expect(text).not.toContain('Take your last Xarelto');

	// Ticked, but without the prescriber's days: no stop date at all, never the clinic's 3 days.
	await tabTo(page, (el) => el.id === 'agreed-rivaroxaban');
	await page.keyboard.press('Space');
	await expect.poll(() => result.innerText()).toContain('Use the dates the doctor who prescribes Xarelto (rivaroxaban) gave you.');
	expect(await result.innerText()).not.toContain('Take your last Xarelto');
	expect(await page.locator('.hold-item', { hasText: 'Xarelto' }).locator('.hold-calendar').count()).toBe(0);

	// The prescriber wrote "last dose on Saturday 6 March" for a Friday 12 March 2027 treatment.
	await tabTo(page, (el) => el.id === 'prescriber-date-rivaroxaban');
	await page.keyboard.type('6');
	await page.keyboard.press('Tab');
	await page.keyboard.type('3');
	await page.keyboard.press('Tab');
	await page.keyboard.type('2027');
	await expect.poll(() => result.innerText()).toContain('Take your last Xarelto (rivaroxaban) on Saturday 6 March 2027.');
	const agreedText = (await result.innerText()).replaceAll('\u00a0', ' ');
	expect(agreedText).toContain('So your last dose is on Saturday 6 March 2027. Does this match what your doctor said? If not, ask them before you stop.');
	expect(agreedText).toContain('If you take it more than once a day, “last dose” means the last one you take on Saturday 6 March 2027.');
	expect(agreedText).toContain('Do not take it on Sunday 7 March 2027,');
	expect(agreedText).toContain('These are the days the doctor who prescribes it gave you, not the clinic’s rule.');
	expect(agreedText).toContain('Ask the doctor who prescribes it when to take it again.');
	// Brufen still follows the clinic's 3 days.
	expect(agreedText).toContain('Take your last Brufen (ibuprofen) on Monday 8 March 2027.');

	// The link carries the prescriber's days and the brand, never the tick: the reader confirms again.
	// The link follows the answer once it is drawn, so wait for it.
	await expect.poll(async () => new URL(await page.getByLabel('Link to these dates').inputValue()).hash).toBe('#t=2027-03-12&m=ibuprofen.brufen,rivaroxaban.xarelto&pd=rivaroxaban.5');
	const link = await page.getByLabel('Link to these dates').inputValue();
	expect(problems).toEqual([]);

	const again = await openCalculator(link);
	const reopened = again.page.locator('.result');
	await reopened.waitFor();
	expect(await again.page.getByLabel('The doctor who prescribes it agreed that I stop it before treatment').isChecked()).toBe(false);
	expect(await reopened.innerText()).toContain('Do not stop Xarelto (rivaroxaban) on your own.');
	expect(await reopened.innerText()).not.toContain('Take your last Xarelto');
	await again.page.getByLabel('The doctor who prescribes it agreed that I stop it before treatment').check();
	// The link holds days, so they come back as days: the same last dose.
	expect(await again.page.getByLabel('They told me how many days before my treatment to stop').isChecked()).toBe(true);
	expect(await again.page.getByLabel('Days to stop before your treatment').inputValue()).toBe('5');
	await expect.poll(() => reopened.innerText()).toContain('Take your last Xarelto (rivaroxaban) on Saturday 6 March 2027.');
});

describe('choosing medicines', () => {
	test('"Aspirin" + Enter adds nothing and asks the patient to choose by purpose; box names find one', async () => {
		const { page, problems } = await openCalculator();
		const find = page.getByLabel('Find your medicine');
		await find.fill('Aspirin');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#medicine-find-status').textContent()).toBe('These medicines have different rules. Choose the one you take from the list below.');
		expect(await page.locator('.chosen__name').count()).toBe(0);
		const choices = await page.locator('.find-results li').allInnerTexts();
		expect(choices.join('\n')).toContain('Add aspirin you buy for pain, fever or a cold');
		expect(choices.join('\n')).toContain('Add aspirin your doctor prescribed for your heart, a stroke or a stent');
		for (const [box, added] of [
			['aspirin 100', 'aspirin 100 (aspirin your doctor prescribed for your heart, a stroke or a stent)'],
			['Aspirin Cardio', 'Aspirin Cardio (aspirin your doctor prescribed for your heart, a stroke or a stent)'],
			['Coraspin 100', 'Coraspin 100 (aspirin your doctor prescribed for your heart, a stroke or a stent)'],
			['Ecopirin 150', 'Ecopirin 150 (aspirin your doctor prescribed for your heart, a stroke or a stent)'],
			['Aspirin 500', 'aspirin 500 (aspirin you buy for pain, fever or a cold)'],
		] as const) {
			await find.fill(box);
			await page.keyboard.press('Enter');
			// The chosen list names each medicine as a heading would, capital first.
			await expect.poll(() => page.locator('.chosen__name').allTextContents()).toContain(added.charAt(0).toUpperCase() + added.slice(1));
			await page.getByRole('button', { name: `Remove ${added}` }).click();
		}
		expect(problems).toEqual([]);
	});

	test('a medicine typed but not added: "Show my dates" adds the one exact match, or names the button to press', async () => {
		const { page } = await openCalculator();
		await page.getByLabel('Day', { exact: true }).fill('12');
		await page.getByLabel('Month').fill('3');
		await page.getByLabel('Year').fill('2027');
		await page.getByLabel('Find your medicine').fill('bruf');
		await page.getByRole('button', { name: 'Show my dates' }).click();
		await page.locator('.error-summary').waitFor();
		expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Your medicine is not added yet. Press “Add Brufen (ibuprofen)” under the search box, or clear the box.']);
		await page.getByLabel('Find your medicine').fill('Brufen');
		await page.getByRole('button', { name: 'Show my dates' }).click();
		await page.locator('.result').waitFor();
		expect(await page.locator('.chosen__name').allTextContents()).toEqual(['Brufen (ibuprofen)']);
		expect(await page.locator('.result').innerText()).toContain('Take your last Brufen (ibuprofen) on Monday 8 March 2027.');
	});

	test('“My medicine is not on the list” says what to do, with the clinic’s number', async () => {
		const { page } = await openCalculator();
		await page.getByLabel('Find your medicine').fill('Qwertyl');
		await expect.poll(async () => (await page.locator('#medicine-find-status').textContent())?.replaceAll('\u00a0', ' ')).toContain('If it is not on the list, call the clinic on +44 20 7946 0000.');
		await page.getByText('My medicine is not on the list').click();
		expect((await page.locator('details', { hasText: 'My medicine is not on the list' }).innerText()).replaceAll('\u00a0', ' ')).toContain('Call the clinic on +44 20 7946 0000 and tell them the name on the packet.');
	});

	test('old answers never linger: a new date hides the answer and link; removing every medicine removes it', async () => {
		const { page } = await openCalculator(`${pageUrl}#t=2027-03-12&m=ibuprofen`);
		await page.locator('.result').waitFor();
		await page.getByLabel('Day', { exact: true }).fill('19');
		await expect.poll(() => page.locator('.result').count()).toBe(0);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
		await page.getByRole('button', { name: 'Show my dates' }).click();
		await expect.poll(() => page.locator('.result').innerText()).toContain('Take your last ibuprofen on Monday 15 March 2027.');
		await page.getByRole('button', { name: 'Remove ibuprofen' }).click();
		await expect.poll(() => page.locator('.result').count()).toBe(0);
	});
});

describe('medicines as on the packet (issue 21)', () => {
	test('"Anadin Extra" follows the painkiller rule and says it contains aspirin; "Paracetamol" says a packet with an NSAID counts as one', async () => {
		const { page, problems } = await openCalculator(`${pageUrl}#t=2027-03-12`);
		const find = page.getByLabel('Find your medicine');
		await find.fill('Anadin Extra');
		await expect.poll(() => page.locator('.find-results li').innerText()).toContain('Anti-inflammatory painkillers (NSAIDs). Contains aspirin (acetylsalicylic acid).');
		await page.keyboard.press('Enter');
		await page.locator('summary', { hasText: 'Or choose the kind of medicine' }).click();
		expect(await page.locator('details', { hasText: 'Or choose the kind of medicine' }).innerText()).toContain(
			'If the packet lists ibuprofen, aspirin (acetylsalicylic acid), naproxen or diclofenac, choose anti-inflammatory painkillers, even if it also has paracetamol.',
		);
		await page.getByLabel('Paracetamol (acetaminophen)').check();
		await page.getByRole('button', { name: 'Show my dates' }).click();
		const text = (await page.locator('.result').innerText()).replaceAll('\u00a0', ' ');
		expect(text).toContain('This medicine contains aspirin (acetylsalicylic acid), so it follows the rule for this group: Anti-inflammatory painkillers (NSAIDs).');
		expect(text).toContain('Take your last Anadin Extra (aspirin, paracetamol and caffeine) on Monday 8 March 2027.');
		expect(text).toContain('If the packet also lists ibuprofen, aspirin (acetylsalicylic acid), naproxen or diclofenac, it counts as an anti-inflammatory painkiller.');
		expect(text).toContain('Do not take another medicine that contains paracetamol at the same time');
		expect(text).toContain('If you take warfarin, ask the doctor who prescribes it before you take paracetamol regularly, because it can change your INR blood test.');
		expect(problems).toEqual([]);

		// The same on the Turkish page, for a Turkish box.
		const tr = await openCalculator(`${at('tr', 'medication-dates/')}#t=2027-03-12`);
		await tr.page.getByLabel('İlacınızı bulun').fill('Apranax Plus');
		await expect.poll(() => tr.page.locator('.find-results li').first().innerText()).toContain('Apranax Plus');
		await tr.page.keyboard.press('Enter');
		await tr.page.getByRole('button', { name: 'Tarihlerimi göster' }).click();
		expect(await tr.page.locator('.result').innerText()).toContain('Bu ilacın içinde naproksen var. Bu nedenle şu grubun kuralı geçerlidir: İltihap giderici ağrı kesiciler (NSAİİ).');
	});

	test('"Voltarol Emulgel" gives the gel note; "Voltarol" alone and "Apranax Fort 550" are found by their first word', async () => {
		const { page } = await openCalculator(`${pageUrl}#t=2027-03-12`);
		const find = page.getByLabel('Find your medicine');
		const status = page.locator('#medicine-find-status');
		await find.fill('Voltarol');
		await page.keyboard.press('Enter');
		await expect.poll(() => status.textContent()).toBe('These medicines have different rules. Choose the one you take from the list below.');
		await find.fill('Apranax Fort 550');
		await expect.poll(async () => (await status.textContent())?.replaceAll('\u00a0', ' ')).toBe(
			'No medicine has exactly that name. These names start the same way: choose the one on your packet. If none of them is, call the clinic on +44 20 7946 0000.',
		);
		expect(await page.locator('.find-results li').allInnerTexts()).toEqual([expect.stringContaining('Add Apranax (naproxen)'), expect.stringContaining('Add Apranax Plus (naproxen and codeine)')]);
		await find.fill('Voltarol Emulgel');
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Show my dates' }).click();
		const text = (await page.locator('.result').innerText()).replaceAll('\u00a0', ' ');
		expect(text).toContain('Ask the clinic on +44 20 7946 0000 whether to stop Voltarol Emulgel (diclofenac gel) before your treatment.');
		expect(text).toContain('The dates on this page are not for gels or creams you rub on your skin.');
		expect(text).not.toContain('Take your last');
	});

	test('too late for Xarelto: the answer names the doctor who prescribes it as well as the clinic', async () => {
		// Wednesday 10 March 2027; the prescriber's last dose was Saturday 6 March.
		const { page } = await openCalculator(`${pageUrl}#t=2027-03-12&m=rivaroxaban.xarelto&pd=rivaroxaban.5`, {}, new Date(2027, 2, 10, 9));
		await page.getByLabel('The doctor who prescribes it agreed that I stop it before treatment').check();
		const result = page.locator('.result');
		await expect.poll(async () => (await result.innerText()).replaceAll('\u00a0', ' ')).toContain(
			'It is now past the last day the doctor who prescribes Xarelto (rivaroxaban) gave you. What to do today: contact that doctor, and call the clinic on +44 20 7946 0000.',
		);
		expect(await result.innerText()).not.toContain('Take your last');
		// A last-dose date on the treatment day is refused at the field.
		await page.getByLabel('They gave me the date of my last dose').check();
		await page.locator('#prescriber-date-rivaroxaban').fill('12');
		await page.locator('#prescriber-date-rivaroxaban-month').fill('3');
		await page.locator('#prescriber-date-rivaroxaban-year').fill('2027');
		await expect.poll(() => page.locator('#prescriber-date-rivaroxaban-error').textContent()).toBe('Error: The date of your last dose must be before your treatment day');
	});
});

test('every medicine issue 10 adds is found by generic and brand name, in both languages', async () => {
	for (const [lang, label, names] of [
		['en', 'Find your medicine', ['etoricoxib', 'Arcoxia', 'ketoprofen', 'indometacin', 'piroxicam', 'tenoxicam', 'lornoxicam', 'nimesulide', 'aceclofenac', 'nabumetone', 'mefenamic acid', 'nadroparin', 'fondaparinux', 'Arixtra', 'acenocoumarol', 'dalteparin', 'Fragmin', 'cilostazol', 'dipyridamole', 'clopidogrel with aspirin', 'fish oil', 'ginkgo', 'vitamin E', 'garlic', 'turmeric', 'metamizole', 'dipyrone']],
		['tr', 'İlacınızı bulun', ['etorikoksib', 'ketoprofen', 'indometazin', 'piroksikam', 'tenoksikam', 'Oksamen', 'lornoksikam', 'Xefo', 'nimesulid', 'Nimes', 'aseklofenak', 'nabumeton', 'mefenamik asit', 'nadroparin', 'fondaparinuks', 'asenokumarol', 'dalteparin', 'Fragmin', 'silostazol', 'dipiridamol', 'klopidogrel ve aspirin', 'balık yağı', 'ginkgo', 'E vitamini', 'sarımsak', 'zerdeçal', 'metamizol', 'Novalgin']],
	] as const) {
		const { page } = await openCalculator(at(lang, 'medication-dates/'));
		for (const name of names) {
			await page.getByLabel(label).fill(name);
			await expect.poll(() => page.locator('.find-results li').count(), { message: name }).toBeGreaterThan(0);
		}
	}
});

