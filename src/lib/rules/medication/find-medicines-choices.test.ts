import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { choiceOnEnter, findMedicines } from './find-medicines.ts';
import { defaultMedicationRules } from './schema.ts';
import { rulesForPage, rulesFromPage } from '../../../components/medication/names.ts';

const { medicines } = defaultMedicationRules;

function first(query: string, language?: string) {
	return findMedicines(query, medicines, { language })[0];
}

describe('choiceOnEnter: Enter never lands on the wrong rule', () => {
	const choice = (query: string, exactOnly?: boolean) => choiceOnEnter(findMedicines(query, medicines), { exactOnly });

	test('"Aspirin" matches medicines with different rules: nothing is added, the patient chooses', () => {
		const result = choice('Aspirin');
		expect(result.key).toBe('choose');
		if (result.key === 'choose') expect([...new Set(result.matches.map((match) => match.groupId))].sort()).toEqual(['antiplatelet', 'heart-aspirin', 'nsaid']);
		expect(choice('aspirin 300').key).toBe('choose');
	});

	test.each([
		['Brufen', 'ibuprofen'],
		['xarelto', 'rivaroxaban'],
		['Coraspin 100', 'aspirin-heart'],
		['Aspirin 500', 'aspirin-for-pain'],
		// Not exact, but every match follows one rule.
		['bruf', 'ibuprofen'],
	])('%j adds %s', (query, medicineId) => {
		const result = choice(query);
		expect(result.key === 'add' && result.match.medicineId).toBe(medicineId);
	});

	test('nothing found: none', () => {
		expect(choice('zzzz')).toEqual({ key: 'none' });
	});

	test('for "Show my dates", only an exact name is added', () => {
		expect(choice('bruf', true).key).toBe('choose');
		const exact = choice('Brufen', true);
		expect(exact.key === 'add' && exact.match.medicineId).toBe('ibuprofen');
	});

	test('for any text, Enter adds a medicine only when no match has another rule, or its name is the only exact one', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.constantFrom('asp', 'aspirin', 'hep', 'a', 'parin', 'cor', 'e')), (query) => {
				const matches = findMedicines(query, medicines);
				const result = choiceOnEnter(matches);
				if (result.key !== 'add') return;
				const exact = matches.filter((match) => match.quality === 'exact');
				const oneRule = new Set(matches.map((match) => match.groupId)).size === 1;
				expect(oneRule || (exact.length === 1 && exact[0]?.medicineId === result.match.medicineId)).toBe(true);
			}),
		);
	});
});

describe('names as on the packet (issue 21): every medicine added is found in both languages', () => {
	// The names added for issue 21, each with the medicine it must find (docs/medicine-groups.md).
	const added: [string, string][] = [
		['Anadin Extra', 'aspirin-paracetamol-caffeine'],
		['Excedrin', 'aspirin-paracetamol-caffeine'],
		['Nuromol', 'ibuprofen-paracetamol'],
		['Advil Dual Action', 'ibuprofen-paracetamol'],
		['Nurofen Plus', 'ibuprofen-codeine'],
		['Apranax Plus', 'naproxen-codeine'],
		['Apranax Semiplus', 'naproxen-codeine'],
		['Aprol', 'naproxen'],
		['Leodex Plus', 'dexketoprofen-thiocolchicoside'],
		['Dexplus', 'dexketoprofen-thiocolchicoside'],
		['Deksit', 'dexketoprofen-thiocolchicoside'],
		['Arthrotec', 'diclofenac-misoprostol'],
		['Voltarol Emulgel', 'diclofenac-gel'],
		['Voltaren Emulgel', 'diclofenac-gel'],
		['Leodex Jel', 'dexketoprofen-gel'],
		['Sinthrome', 'acenocoumarol'],
		['Fraxiparine', 'nadroparin'],
		['Fraxodi', 'nadroparin'],
		['Ticlid', 'ticlopidine'],
		['ticlopidine', 'ticlopidine'],
		['tiklopidin', 'ticlopidine'],
		['Asasantin Retard', 'aspirin-dipyridamole'],
		['Persantin Retard', 'dipyridamole'],
		['Pletal', 'cilostazol'],
		['Clopitro', 'clopidogrel'],
		['Diporel', 'clopidogrel'],
		['Atervix', 'clopidogrel'],
		['Cloperol', 'clopidogrel'],
		['Diloxol', 'clopidogrel'],
		['Ecopirin Pro 81', 'aspirin-heart'],
		['Ecopirin 300', 'aspirin-heart'],
	];
	// As each page sends them: names in every language, packed for the page's language.
	const pages = (['en', 'tr'] as const).map((lang) => [lang, rulesFromPage(rulesForPage(defaultMedicationRules, lang)).medicines] as const);

	test.each(added)('%j finds %s as its exact, only match on the English and the Turkish page', (name, medicineId) => {
		for (const [language, pageMedicines] of pages) {
			const [best] = findMedicines(name, pageMedicines, { language });
			expect(best, `${language}: ${name}`).toMatchObject({ medicineId, quality: 'exact' });
			expect(choiceOnEnter(findMedicines(name, pageMedicines, { language }), { exactOnly: true })).toMatchObject({ key: 'add', match: { medicineId } });
		}
	});

	test('a combination keeps its strictest ingredient on the page, in the page language only', () => {
		const [, tr] = pages[1] ?? [];
		expect(tr?.find((medicine) => medicine.id === 'aspirin-paracetamol-caffeine')).toMatchObject({ group: 'nsaid', contains: { tr: 'aspirin (asetilsalisilik asit)' } });
	});
});

describe('stem search: a name found from its first words, never a guess between rules', () => {
	test('"Apranax Fort 550" finds the Apranax entries, all anti-inflammatories, marked as a stem', () => {
		const matches = findMedicines('Apranax Fort 550', medicines);
		expect(matches.map((match) => match.medicineId)).toEqual(['naproxen', 'naproxen-codeine']);
		expect(matches.every((match) => match.quality === 'stem' && match.groupId === 'nsaid')).toBe(true);
		// One rule for all: Enter may add it; "Show my dates" adds only an exact name.
		expect(choiceOnEnter(matches).key).toBe('add');
		expect(choiceOnEnter(matches, { exactOnly: true }).key).toBe('choose');
	});

	test('"Voltarol gel" finds the tablets and the gel, which follow different rules: the patient chooses', () => {
		const matches = findMedicines('Voltarol gel', medicines);
		expect(new Set(matches.map((match) => match.groupId))).toEqual(new Set(['nsaid', 'nsaid-gel']));
		expect(choiceOnEnter(matches).key).toBe('choose');
	});

	test('"Voltarol" is a whole brand, but the gel starts with it and has another rule: Enter adds neither', () => {
		expect(choiceOnEnter(findMedicines('Voltarol', medicines)).key).toBe('choose');
		expect(choiceOnEnter(findMedicines('Voltaren', medicines)).key).toBe('choose');
		// A longer name with the same rule does not stop the exact one: "Nurofen" and "Nurofen Plus".
		expect(choiceOnEnter(findMedicines('Nurofen', medicines))).toMatchObject({ key: 'add', match: { medicineId: 'ibuprofen' } });
	});

	test('"Voltarol Emulgel" is the gel, not the tablets', () => {
		expect(first('Voltarol Emulgel')).toMatchObject({ medicineId: 'diclofenac-gel', groupId: 'nsaid-gel', quality: 'exact' });
	});

	test('a stem never adds a medicine when its matches follow different rules (every name, any extra word)', () => {
		const names = medicines.flatMap((medicine) => [...Object.values(medicine.brands).flat(), ...Object.values(medicine.generic)]);
		fc.assert(
			fc.property(fc.constantFrom(...names), fc.constantFrom('forte', 'xr', 'extra strength', 'zzq 20'), (name, extra) => {
				const matches = findMedicines(`${name} ${extra}`, medicines);
				if (!matches.every((match) => match.quality === 'stem')) return;
				const choice = choiceOnEnter(matches);
				if (new Set(matches.map((match) => match.groupId)).size > 1) expect(choice.key).toBe('choose');
				expect(choiceOnEnter(matches, { exactOnly: true }).key).not.toBe('add');
			}),
		);
	});

	test('a stem of fewer than 3 letters finds nothing', () => {
		expect(findMedicines('ib zzzz', medicines)).toEqual([]);
	});
});
