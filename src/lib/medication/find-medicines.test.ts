import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findMedicines } from './find-medicines.ts';
import { foldForSearch } from './fold-for-search.ts';
import { defaultMedicationRules } from './schema.ts';
import type { Medicine } from './types.ts';

const { medicines } = defaultMedicationRules;

function first(query: string, language?: string) {
	return findMedicines(query, medicines, { language })[0];
}

describe('findMedicines with the default medicines', () => {
	test.each([
		// The names from the issue: any case, whole or part of a brand name.
		['Brufen', 'ibuprofen', 'Brufen', 'brand'],
		['brufen', 'ibuprofen', 'Brufen', 'brand'],
		['XARELTO', 'rivaroxaban', 'Xarelto', 'brand'],
		['xar', 'rivaroxaban', 'Xarelto', 'brand'],
		['parol', 'paracetamol', 'Parol', 'brand'],
		['ARVELES', 'dexketoprofen', 'Arveles', 'brand'],
		['majezik', 'flurbiprofen', 'Majezik', 'brand'],
		// Generic names, in English and Turkish.
		['ibuprofen', 'ibuprofen', 'ibuprofen', 'generic'],
		['naproksen', 'naproxen', 'naproksen', 'generic'],
		['acetaminophen', 'paracetamol', 'acetaminophen', 'otherName'],
		// Turkish dotted and dotless i, typed any way.
		['İBUPROFEN', 'ibuprofen', 'ibuprofen', 'generic'],
		['ıbuprofen', 'ibuprofen', 'ibuprofen', 'generic'],
		['PARASETAMOL', 'paracetamol', 'parasetamol', 'generic'],
		['Mınoset', 'paracetamol', 'Minoset', 'brand'],
		['MİNOSET', 'paracetamol', 'Minoset', 'brand'],
		// Turkish letters typed without their marks, and the other way round.
		['diklofenak', 'diclofenac', 'diklofenak', 'generic'],
		['Coraşpin', 'aspirin-low-dose', 'Coraspin', 'brand'],
		// Part of a name in the middle.
		['relto', 'rivaroxaban', 'Xarelto', 'brand'],
	])('%j → %s (%s)', (query, medicineId, name, nameKind) => {
		expect(first(query)).toMatchObject({ medicineId, name, nameKind });
	});

	test('returns the group with each medicine', () => {
		expect(first('Xarelto')).toMatchObject({ medicineId: 'rivaroxaban', groupId: 'anticoagulant', quality: 'exact' });
		expect(first('Parol')).toMatchObject({ groupId: 'paracetamol' });
	});

	test('ranks names that start with the query before names that contain it', () => {
		// "pra" starts Pradaxa and prasugrel, and is inside Apranax (naproxen).
		const results = findMedicines('pra', medicines);
		const ids = results.map((match) => match.medicineId);
		expect(ids.indexOf('dabigatran')).toBeLessThan(ids.indexOf('naproxen'));
		expect(ids.indexOf('prasugrel')).toBeLessThan(ids.indexOf('naproxen'));
		expect(results.find((match) => match.medicineId === 'naproxen')).toMatchObject({ name: 'Apranax', quality: 'contains' });
	});

	test('both kinds of aspirin come up for "aspirin", so the patient can choose', () => {
		const ids = findMedicines('aspirin', medicines).map((match) => match.medicineId);
		expect(ids).toContain('aspirin-for-pain');
		expect(ids).toContain('aspirin-low-dose');
	});

	test("the page's language wins a tie", () => {
		expect(first('Brufen', 'tr')).toMatchObject({ name: 'Brufen', language: 'tr' });
		expect(first('Brufen', 'en')).toMatchObject({ name: 'Brufen', language: 'en' });
	});

	test('each medicine appears once, and the limit holds', () => {
		const results = findMedicines('a', medicines, { limit: 5 });
		expect(results).toHaveLength(5);
		expect(new Set(results.map((match) => match.medicineId)).size).toBe(5);
	});

	// Group names ("blood thinners") are not medicine names: the page offers groups separately.
	test.each(['', '   ', '---', 'zzzz', 'kan sulandırıcı'])('%j finds nothing', (query) => {
		expect(findMedicines(query, medicines)).toEqual([]);
	});

	test('ignores spaces and hyphens inside names', () => {
		const list: Medicine[] = [{ id: 'x', group: 'g', generic: { en: 'x' }, otherNames: {}, brands: { en: ['Coraspin 100'] } }];
		expect(findMedicines('coraspin100', list)).toMatchObject([{ medicineId: 'x', quality: 'contains' }]);
		expect(findMedicines('100', list)).toMatchObject([{ medicineId: 'x', quality: 'wordStartsWith' }]);
	});

	test('never throws for any text, and every result really contains the query', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (query) => {
				const results = findMedicines(query, medicines, { limit: 50 });
				expect(new Set(results.map((match) => match.medicineId)).size).toBe(results.length);
				const needle = foldForSearch(query).replaceAll(' ', '');
				for (const match of results) expect(foldForSearch(match.name).replaceAll(' ', '')).toContain(needle);
			}),
		);
	});

	test('does not change the medicines it searches', () => {
		const before = JSON.stringify(medicines);
		findMedicines('bru', medicines);
		expect(JSON.stringify(medicines)).toBe(before);
	});
});
