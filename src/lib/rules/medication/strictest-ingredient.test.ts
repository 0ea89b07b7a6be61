import { describe, expect, test } from 'vitest';
import { DEFAULT_MEDICINES } from './schema.ts';
import { defaultMedicationRules, medicationRulesSchema } from './schema.ts';
import { strictestIngredient, strictness } from './strictest-ingredient.ts';

const resolved = (id: string) => defaultMedicationRules.medicines.find((medicine) => medicine.id === id);

describe('combination products follow their strictest ingredient (docs/medicine-groups.md)', () => {
	test.each([
		// [id, the group it must land in, the ingredient the answer names]
		['aspirin-paracetamol-caffeine', 'nsaid', 'aspirin (acetylsalicylic acid)'],
		['ibuprofen-paracetamol', 'nsaid', 'ibuprofen'],
		['ibuprofen-codeine', 'nsaid', 'ibuprofen'],
		['naproxen-codeine', 'nsaid', 'naproxen'],
		['dexketoprofen-thiocolchicoside', 'nsaid', 'dexketoprofen'],
		['diclofenac-misoprostol', 'nsaid', 'diclofenac'],
		// Heart aspirin is kept on, dipyridamole is the prescriber's: the prescriber's rule wins.
		['aspirin-dipyridamole', 'antiplatelet', 'dipyridamole'],
	])('%s → %s, because it contains %s', (id, group, ingredient) => {
		expect(resolved(id)).toMatchObject({ group, contains: { en: ingredient } });
		expect(resolved(id)?.contains?.['tr']).toMatch(/\w/);
	});

	test('every default combination lists its ingredients and no group: the group is computed', () => {
		const combinations = DEFAULT_MEDICINES.filter((medicine) => 'ingredients' in medicine);
		expect(combinations.length).toBeGreaterThanOrEqual(7);
		for (const medicine of combinations) expect(medicine).not.toHaveProperty('group');
	});

	test("a clinic's longer stop wins over its shorter one; the prescriber's rule over any stop", () => {
		const groups = [
			{ id: 'short', kind: 'stopBefore', name: { en: 'Short' }, note: { en: '.' }, daysBefore: 2 },
			{ id: 'long', kind: 'stopBefore', name: { en: 'Long' }, note: { en: '.' }, daysBefore: 7 },
			{ id: 'doctor', kind: 'stopBefore', name: { en: 'Doctor' }, note: { en: '.' }, needsPrescriberAgreement: true },
			{ id: 'keep', kind: 'keepTaking', name: { en: 'Keep' }, note: { en: '.' } },
		];
		const medicines = [
			{ id: 'a', group: 'short', generic: { en: 'a' } },
			{ id: 'b', group: 'long', generic: { en: 'b' } },
			{ id: 'c', group: 'doctor', generic: { en: 'c' } },
			{ id: 'd', group: 'keep', generic: { en: 'd' } },
			{ id: 'ab', ingredients: ['d', 'a', 'b'], generic: { en: 'ab' } },
			{ id: 'abc', ingredients: ['a', 'c', 'b'], generic: { en: 'abc' } },
		];
		const rules = medicationRulesSchema.parse({ groups, medicines });
		expect(rules.medicines.find((m) => m.id === 'ab')).toMatchObject({ group: 'long', contains: { en: 'b' } });
		expect(rules.medicines.find((m) => m.id === 'abc')).toMatchObject({ group: 'doctor', contains: { en: 'c' } });
	});

	test('on a tie, the ingredient listed first; unknown ingredients are skipped', () => {
		const rules = { holdDaysBefore: 3, groups: [{ id: 'nsaid', kind: 'stopBefore' }], medicines: [{ id: 'x', group: 'nsaid' }, { id: 'y', group: 'nsaid' }] };
		expect(strictestIngredient(['y', 'x'], rules)).toEqual({ ingredientId: 'y', groupId: 'nsaid' });
		expect(strictestIngredient(['nope', 'x'], rules)).toEqual({ ingredientId: 'x', groupId: 'nsaid' });
		expect(strictestIngredient(['nope'], rules)).toBeUndefined();
	});

	test('strictness orders the kinds of rule', () => {
		const order = [
			{ id: 'k', kind: 'keepTaking' },
			{ id: 'a', kind: 'askClinic' },
			{ id: 's', kind: 'stopBefore', daysBefore: 0 },
			{ id: 'l', kind: 'stopBefore', daysBefore: 30 },
			{ id: 'p', kind: 'prescriberDecides' },
		].map((group) => strictness(group, 3));
		expect([...order].sort((x, y) => x - y)).toEqual(order);
	});

	test('a combination with a group as well, or with an unknown ingredient, is refused in one sentence', () => {
		const issues = medicationRulesSchema.safeParse({
			medicines: [...DEFAULT_MEDICINES, { id: 'duo', group: 'paracetamol', ingredients: ['ibuprofen', 'paracetamol'], generic: { en: 'duo' } }, { id: 'trio', ingredients: ['ibuprofn'], generic: { en: 'trio' } }],
		}).error?.issues.map((issue) => issue.message);
		expect(issues).toEqual([
			'Medicine "duo" lists its ingredients, so its group is the group of its strictest ingredient. Remove group.',
			expect.stringMatching(/^Medicine "trio" lists the ingredient "ibuprofn", which is not a medicine of the list with its own group\./),
		]);
	});
});
