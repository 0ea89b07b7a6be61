import { describe, expect, test } from 'vitest';
import { countryMismatches } from './country-contacts.ts';

/* The emergency number and out-of-hours text against the clinic's country (clinical review S9). */

const example = { emergencyNumber: '999', outOfHours: { en: 'call NHS 111. It is free, day and night.', tr: "İngiltere'deki NHS 111 hattını arayın." } };

describe('countryMismatches', () => {
	test('the example clinic in England passes', () => {
		expect(countryMismatches({ ...example, holidays: { country: 'GB' } })).toEqual([]);
	});

	test('a clinic in Türkiye that kept the example: 999 and NHS 111, in both languages, each named', () => {
		const found = countryMismatches({ ...example, holidays: { country: 'TR' } });
		expect(found.map((p) => p.setting)).toEqual(['clinic.emergencyNumber', 'clinic.outOfHours.en', 'clinic.outOfHours.tr']);
		expect(found[0]?.why).toContain('112');
		expect(found[1]?.why).toMatch(/NHS 111.*acil servis/);
	});

	test('a clinic in Türkiye set up right passes', () => {
		expect(countryMismatches({ emergencyNumber: '112', holidays: { country: 'TR' }, outOfHours: { en: 'go to the emergency department of the nearest hospital.', tr: 'En yakın hastanenin acil servisine başvurun.' } })).toEqual([]);
	});

	test.each([
		['US', '999', 'clinic.emergencyNumber'],
		['GB', '911', 'clinic.emergencyNumber'],
		['DE', '999', 'clinic.emergencyNumber'],
		['AU', '911', 'clinic.emergencyNumber'],
	])('in %s, %s is flagged', (country, number, setting) => {
		expect(countryMismatches({ emergencyNumber: number, holidays: { country }, outOfHours: 'call us' }).map((p) => p.setting)).toEqual([setting]);
	});

	test('a text that names England is flagged outside the UK, in either language', () => {
		expect(countryMismatches({ emergencyNumber: '112', holidays: { country: 'TR' }, outOfHours: { tr: "İngiltere'deki hattı arayın." } }).map((p) => p.setting)).toEqual(['clinic.outOfHours.tr']);
	});

	test('a number written in the out-of-hours text is checked too', () => {
		expect(countryMismatches({ emergencyNumber: '911', holidays: { country: 'US' }, outOfHours: 'call 999' }).map((p) => p.why)[0]).toContain('names 999');
	});

	test('national numbers the list may lack, and countries it does not know, draw no warning', () => {
		expect(countryMismatches({ emergencyNumber: '15', holidays: { country: 'FR' }, outOfHours: 'appelez le 15' })).toEqual([]);
		expect(countryMismatches({ emergencyNumber: '10177', holidays: { country: 'ZA' }, outOfHours: 'call NHS 111' })).toEqual([]);
		expect(countryMismatches({ ...example })).toEqual([]);
	});

	test('a number written with spaces or a plus sign is read as its digits', () => {
		expect(countryMismatches({ emergencyNumber: ' 1 1 2 ', holidays: { country: 'TR' }, outOfHours: 'acil servis' })).toEqual([]);
	});
});
