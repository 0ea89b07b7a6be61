import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseSettings, SettingsError } from '../settings/load.ts';

/* clinic.holidays and clinic.closures in a settings file: a mistake names the file and the field. */

const example = parse(readFileSync('clinic.yaml', 'utf8')) as { clinic: Record<string, unknown> };
const withClinic = (change: Record<string, unknown>) => ({ ...example, clinic: { ...example.clinic, ...change } });

function problems(data: unknown): string[] {
	try {
		parseSettings(data, 'clinic.yaml');
		return [];
	} catch (error) {
		if (error instanceof SettingsError) return error.problems;
		throw error;
	}
}

describe('clinic.holidays and clinic.closures', () => {
	test('the example clinic closes on England’s bank holidays and a winter break', () => {
		const settings = parseSettings(example, 'clinic.yaml');
		expect(settings.clinic.holidays).toEqual({ country: 'GB', region: 'ENG' });
		expect(settings.clinic.closures).toEqual([{ from: '2027-12-29', to: '2027-12-31', reason: { en: 'Winter break', tr: 'Kış tatili' } }]);
	});

	test('both may be left out: no holidays, no closures', () => {
		const { holidays: _, closures: __, ...clinic } = example.clinic;
		const settings = parseSettings({ ...example, clinic }, 'clinic.yaml');
		expect(settings.clinic.holidays).toBeUndefined();
		expect(settings.clinic.closures).toEqual([]);
	});

	test.each([
		[{ holidays: { country: 'England' } }, 'clinic.yaml: clinic.holidays.country is "England"; it must be a two-letter country code in capitals, like "GB" or "TR".'],
		[{ holidays: { country: 'ZZ' } }, 'clinic.yaml: clinic.holidays.country is "ZZ"; it is not a country the holiday calendar knows; use a two-letter ISO 3166 code, like "GB" or "TR".'],
		[{ holidays: { country: 'GB', region: 'XX' } }, 'clinic.yaml: clinic.holidays.region is "XX"; it is not a region of GB the holiday calendar knows; use one of ALD, ENG, NIR, SCT, WLS, or leave it out.'],
		[{ closures: [{ from: '2027-12-31', to: '2027-12-29', reason: 'Winter break' }] }, 'clinic.yaml: clinic.closures[0].from is "2027-12-31"; it must be on or before `to`.'],
		[{ closures: [{ from: '2027-02-30', to: '2027-03-01', reason: 'Training' }] }, 'clinic.yaml: clinic.closures[0].from is "2027-02-30"; it must be a real date written as YYYY-MM-DD, like "2027-12-24" (the first day closed).'],
		[{ closures: [{ from: '2027-03-01', to: '2027-03-01' }] }, 'clinic.yaml: clinic.closures[0].reason is nothing; it must be the reason as text'],
	])('%j', (change, message) => {
		expect(problems(withClinic(change)).join('\n')).toContain(message);
	});
});
