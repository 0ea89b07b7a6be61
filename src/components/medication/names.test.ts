import { expect, test } from 'vitest';
import { defaultMedicationRules } from '../../lib/rules/medication/schema.ts';
import { localized } from '../../lib/rules/localized-text.ts';
import { pickLabel, rulesForPage, rulesFromPage } from './names.ts';

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
	expect(pickLabel(rules, { selection: 'medicine', id: 'aspirin-heart', name: 'aspirin' }, 'en')).toBe('aspirin your doctor prescribed for your heart, a stroke or a stent');
	expect(pickLabel(rules, { selection: 'medicine', id: 'aspirin-heart', name: 'aspirin 100' }, 'en')).toBe('aspirin 100 (aspirin your doctor prescribed for your heart, a stroke or a stent)');
	expect(pickLabel(rules, { selection: 'group', id: 'anticoagulant' }, 'tr')).toBe('Kan sulandırıcılar (antikoagülanlar)');
	expect(pickLabel(rules, { selection: 'medicine', id: 'no-such-medicine' }, 'en')).toBe('no-such-medicine');
});

test('rulesForPage keeps only the page language for group text and every language for names', () => {
	const page = rulesFromPage(rulesForPage(defaultMedicationRules, 'tr'));
	for (const group of page.groups) {
		expect(Object.keys(group.name)).toEqual(['tr']);
		expect(Object.keys(group.note)).toEqual(['tr']);
	}
	// Every name is still there, once: search finds the same medicines by the same names.
	const names = (medicines: typeof page.medicines) =>
		medicines.map((m) => [m.id, [...new Set([...Object.values(m.generic), ...Object.values(m.otherNames).flat(), ...Object.values(m.brands).flat()])].sort()]);
	expect(names(page.medicines)).toEqual(names(defaultMedicationRules.medicines));
	expect(page.medicines.find((m) => m.id === 'ibuprofen')).toMatchObject({ generic: { en: 'ibuprofen' }, brands: { en: ['Brufen', 'Nurofen', 'Advil', 'Motrin'], tr: ['Dolven', 'Pedifen'] } });
	expect(rulesForPage(defaultMedicationRules, 'en', { notes: false }).groups.every((group) => Object.keys(group.note).length === 0)).toBe(true);
	expect(defaultMedicationRules.groups[0]?.note).toHaveProperty('en');
});
