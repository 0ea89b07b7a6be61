import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseSettings } from '../settings/load.ts';
import type { Settings } from '../settings/schema.ts';
import { pageWords as page } from '../../../i18n/index.ts';
import { isSettingName, sessionPrice, settingNames, settingText } from './setting-values.ts';

const example = parse(readFileSync('clinic.yaml', 'utf8')) as Record<string, Record<string, unknown>>;

/** The example clinic's settings with one section changed, validated like a real clinic.yaml. */
function settingsWith(section: string, change: Record<string, unknown>): Settings {
	return parseSettings({ ...example, [section]: { ...example[section], ...change } }, 'clinic.yaml');
}
const settings = settingsWith('clinic', {});

describe('settingText', () => {
	test.each([
		['holdDaysBefore', '3 days', '3 gün'],
		['courseMaxMonths', '6 months', '6 ay'],
		['bruisingDays', '7 days', '7 gün'],
		['firstReliefWeeks', '3 weeks', '3 hafta'],
		['injectionsMin', '4', '4'],
		['injectionsMax', '15', '15'],
		['injectionsPerSession', '4 to 15', '4 ile 15 arası'],
		['sessionsDefault', '3', '3'],
		['sessionsMin', '1', '1'],
		['sessionsMax', '6', '6'],
		['sessionsRange', '1 to 6', '1 ile 6 arası'],
		['weeksBetweenDefault', '4 weeks', '4 hafta'],
		['weeksBetweenMin', '2 weeks', '2 hafta'],
		['weeksBetweenMax', '6 weeks', '6 hafta'],
		['weeksBetweenRange', '2 to 6 weeks', '2 ile 6 hafta arası'],
		['exerciseStartDays', '1 day', '1 gün'],
		['emergencyNumber', '999', '999'],
		['clinicName', 'Riverside Joint and Spine Clinic', 'Riverside Joint and Spine Clinic'],
	] as const)('%s reads "%s" in English and "%s" in Turkish', (name, english, turkish) => {
		expect(settingText(settings, name, page('en'))).toBe(english);
		expect(settingText(settings, name, page('tr'))).toBe(turkish);
	});

	test('the clinic’s phone number is shown as the settings hold it', () => {
		expect(settingText(settings, 'clinicPhone', page('en'))).toBe(settings.clinic.phone);
		expect(settingText(settings, 'clinicPhone', page('en')).replace(/\s/g, ' ')).toBe('+44 20 7946 0000');
	});

	test('covers every setting name', () => {
		for (const name of settingNames) expect(settingText(settings, name, page('en')), name).not.toBe('');
	});

	test('follows the clinic: a changed hold, course limit or injection range changes the text', () => {
		const changed = settingsWith('medication', { holdDaysBefore: 5 });
		expect(settingText(changed, 'holdDaysBefore', page('en'))).toBe('5 days');
		const oneDay = settingsWith('medication', { holdDaysBefore: 1 });
		expect(settingText(oneDay, 'holdDaysBefore', page('en'))).toBe('1 day');
		const course = settingsWith('treatment', { courseMaxMonths: 9, injectionsPerSession: { min: 2, max: 10 } });
		expect(settingText(course, 'courseMaxMonths', page('en'))).toBe('9 months');
		expect(settingText(course, 'injectionsPerSession', page('en'))).toBe('2 to 10');
	});

	test('does not change the settings it reads', () => {
		const before = structuredClone(settings);
		for (const name of settingNames) settingText(settings, name, page('tr'));
		expect(settings).toEqual(before);
	});
});

test('isSettingName accepts only the names guides may use', () => {
	expect(isSettingName('holdDaysBefore')).toBe(true);
	expect(isSettingName('holdDays')).toBe(false);
});

describe('sessionPrice', () => {
	test('formats the clinic’s price with the currency of clinic.yaml, in each language', () => {
		expect(sessionPrice(settings, page('en'))).toBe('£180');
		expect(sessionPrice(settingsWith('treatment', { pricePerSession: { amount: 2500, currency: 'TRY' } }), page('tr'))).toBe('2.500\u00a0₺');
		expect(sessionPrice(settingsWith('treatment', { pricePerSession: { amount: 149.5, currency: 'EUR' } }), page('en'))).toBe('€149.50');
	});

	test('is undefined when the clinic sets no price, so no price is shown', () => {
		const { pricePerSession: _left, ...treatment } = example['treatment'] ?? {};
		const noPrice = parseSettings({ ...example, treatment }, 'clinic.yaml');
		expect(sessionPrice(noPrice, page('en'))).toBeUndefined();
	});
});
