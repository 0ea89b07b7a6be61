import { expect, test } from 'vitest';
import { defaultMedicationRules } from '../../lib/medication/schema.ts';
import { localized, pickLabel, rulesForPage } from './names.ts';

test('localized falls back to English, then to any language given', () => {
	expect(localized({ en: 'Pain', tr: 'Ağrı' }, 'tr')).toBe('Ağrı');
	expect(localized({ en: 'Pain' }, 'tr')).toBe('Pain');
	expect(localized({ de: 'Schmerz' }, 'tr')).toBe('Schmerz');
});

test('pickLabel names a medicine by the name the patient found it by, with its generic name', () => {
	const rules = defaultMedicationRules;
	expect(pickLabel(rules, { selection: 'medicine', id: 'ibuprofen', name: 'Brufen' }, 'en')).toBe('Brufen (ibuprofen)');
	expect(pickLabel(rules, { selection: 'medicine', id: 'ibuprofen', name: 'Ibuprofen' }, 'en')).toBe('ibuprofen');
	expect(pickLabel(rules, { selection: 'medicine', id: 'ibuprofen' }, 'en')).toBe('ibuprofen');
	expect(pickLabel(rules, { selection: 'group', id: 'anticoagulant' }, 'tr')).toBe('Kan sulandırıcılar (antikoagülanlar)');
	expect(pickLabel(rules, { selection: 'medicine', id: 'no-such-medicine' }, 'en')).toBe('no-such-medicine');
});

test('rulesForPage keeps only the page language for group text and every language for names', () => {
	const page = rulesForPage(defaultMedicationRules, 'tr');
	for (const group of page.groups) {
		expect(Object.keys(group.name)).toEqual(['tr']);
		expect(Object.keys(group.note)).toEqual(['tr']);
	}
	expect(page.medicines).toEqual(defaultMedicationRules.medicines);
	expect(defaultMedicationRules.groups[0]?.note).toHaveProperty('en');
});
