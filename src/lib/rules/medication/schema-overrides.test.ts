import { describe, expect, test } from 'vitest';
import { DEFAULT_GROUPS, DEFAULT_MEDICINES, defaultMedicationRules, medicationRulesSchema } from './schema.ts';
import type { MedicineGroup } from './types.ts';

/* A clinic's own medication rules in clinic.yaml: what they may change, and what they are told when a value is wrong. */

function groupById(id: string, groups: readonly MedicineGroup[] = defaultMedicationRules.groups): MedicineGroup {
	const group = groups.find((candidate) => candidate.id === id);
	if (!group) throw new Error(`No group ${id}`);
	return group;
}

function issuesOf(input: unknown): { path: PropertyKey[]; message: string }[] {
	const result = medicationRulesSchema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('clinic overrides', () => {
	test('holdDaysBefore sets the stop period of every clinic group that sets none, and never a prescriber group', () => {
		const rules = medicationRulesSchema.parse({ holdDaysBefore: 7 });
		expect(groupById('nsaid', rules.groups)).toMatchObject({ daysBefore: 7 });
		expect(groupById('anticoagulant', rules.groups)).not.toHaveProperty('daysBefore');
	});

	test('a prescriber group with days of its own is refused, naming the setting', () => {
		const groups = DEFAULT_GROUPS.map((group) => (group.id === 'anticoagulant' ? { ...group, daysBefore: 5, restartDaysAfter: 2 } : group));
		const index = DEFAULT_GROUPS.findIndex((group) => group.id === 'anticoagulant');
		expect(issuesOf({ groups })).toEqual([
			{ path: ['groups', index, 'daysBefore'], message: 'Group "anticoagulant" needs the prescriber\'s agreement, so its days come from the prescriber, never from the clinic. Remove daysBefore.' },
			{ path: ['groups', index, 'restartDaysAfter'], message: 'Group "anticoagulant" needs the prescriber\'s agreement, so its days come from the prescriber, never from the clinic. Remove restartDaysAfter.' },
		]);
	});

	test("a group's own daysBefore and restartDaysAfter win", () => {
		const groups = DEFAULT_GROUPS.map((group) =>
			group.id === 'nsaid' ? { ...group, daysBefore: 14, restartDaysAfter: 28 } : group,
		);
		const rules = medicationRulesSchema.parse({ holdDaysBefore: 5, groups });
		expect(groupById('nsaid', rules.groups)).toMatchObject({ daysBefore: 14, restartDaysAfter: 28 });
		expect(groupById('antiplatelet', rules.groups).kind).toBe('prescriberDecides');
	});

	test('a clinic can add a group and a medicine, in any language', () => {
		const rules = medicationRulesSchema.parse({
			groups: [
				...DEFAULT_GROUPS,
				{ id: 'krill-oil', kind: 'stopBefore', name: { en: 'Krill oil', de: 'Krillöl' }, note: { en: 'Stop a week before.' }, daysBefore: 7 },
			],
			medicines: [...DEFAULT_MEDICINES, { id: 'krill', group: 'krill-oil', generic: { en: 'krill oil' } }],
		});
		expect(groupById('krill-oil', rules.groups)).toMatchObject({ kind: 'stopBefore', daysBefore: 7, restartDaysAfter: null });
		expect(rules.medicines.at(-1)).toEqual({ id: 'krill', group: 'krill-oil', generic: { en: 'krill oil' }, otherNames: {}, brands: {} });
	});
});

describe('settings errors name the setting and say what to change', () => {
	test.each([
		[{ holdDaysBefore: 31 }, ['holdDaysBefore'], 'Use 30 days or fewer; for longer holds, ask patients to call the clinic.'],
		[{ holdDaysBefore: -1 }, ['holdDaysBefore'], 'Use 0 or more days (0 means only the treatment day is free of the medicine).'],
		[{ holdDaysBefore: 2.5 }, ['holdDaysBefore'], 'Use a whole number of days.'],
		[{ holdDaysBefore: '3' }, ['holdDaysBefore'], 'Use a whole number of days.'],
		[{ groups: [] }, ['groups'], 'List at least one group.'],
	])('%j', (input, path, message) => {
		expect(issuesOf(input)).toEqual([{ path, message }]);
	});

	test('a medicine naming an unknown group', () => {
		const medicines = [...DEFAULT_MEDICINES, { id: 'krill', group: 'krill-oil', generic: { en: 'krill oil' } }];
		expect(issuesOf({ medicines })).toEqual([
			{
				path: ['medicines', DEFAULT_MEDICINES.length, 'group'],
				message:
					'Medicine "krill" names the group "krill-oil", which is not defined. Use one of: nsaid, nsaid-gel, anticoagulant, antiplatelet, heart-aspirin, paracetamol, metamizole, bleeding-supplements; or add a group with the id "krill-oil" to groups.',
			},
		]);
	});

	test('groups replaced without the groups the default medicines use', () => {
		const issues = issuesOf({ groups: DEFAULT_GROUPS.filter((group) => group.id !== 'antiplatelet') });
		expect(issues.map((issue) => issue.path)).toEqual(
			DEFAULT_MEDICINES.flatMap((medicine, index) => (medicine.group === 'antiplatelet' ? [['medicines', index, 'group']] : [])),
		);
		expect(issues).toHaveLength(DEFAULT_MEDICINES.filter((medicine) => medicine.group === 'antiplatelet').length);
	});

	test('a repeated id', () => {
		const medicines = [...DEFAULT_MEDICINES, { id: 'ibuprofen', group: 'nsaid', generic: { en: 'ibuprofen' } }];
		expect(issuesOf({ medicines })).toEqual([
			{
				path: ['medicines', DEFAULT_MEDICINES.length, 'id'],
				message: 'The id "ibuprofen" is already used by medicines[0]. Give each entry in medicines its own id.',
			},
		]);
	});

	test.each([
		// Unknown kind.
		[{ id: 'x', kind: 'stop', name: { en: 'X' }, note: { en: 'X' } }, [0, 'kind'], 'Set kind to "stopBefore", "keepTaking" or "askClinic".'],
		// Ids are lower-case slugs.
		[{ id: 'Blood Thinners', kind: 'keepTaking', name: { en: 'X' }, note: { en: 'X' } }, [0, 'id'], 'Use lower-case letters, digits and single hyphens, for example "blood-thinners".'],
		// Text needs at least one language, with real language codes and some words.
		[{ id: 'x', kind: 'keepTaking', name: {}, note: { en: 'X' } }, [0, 'name'], 'Give the text in at least one language, for example { en: "…" }.'],
		[{ id: 'x', kind: 'keepTaking', name: { English: 'X' }, note: { en: 'X' } }, [0, 'name', 'English'], 'Use a language code such as "en" or "tr".'],
		[{ id: 'x', kind: 'keepTaking', name: { en: '  ' }, note: { en: 'X' } }, [0, 'name', 'en'], 'Write some text, or leave this language out.'],
		// Restart is at least the day after treatment.
		[{ id: 'x', kind: 'stopBefore', name: { en: 'X' }, note: { en: 'X' }, restartDaysAfter: 0 }, [0, 'restartDaysAfter'], 'Use 1 or more: 1 means the day after treatment.'],
	])('group %j', (group, path, message) => {
		expect(issuesOf({ groups: [group], medicines: [] })).toEqual([{ path: ['groups', ...path], message }]);
	});

	test('an unknown key is reported, not ignored', () => {
		expect(issuesOf({ holdDays: 3 })).toMatchObject([{ path: [] }]);
		expect(issuesOf({ holdDays: 3 })[0]?.message).toContain('holdDays');
	});

	test('garbage never throws', () => {
		for (const input of [null, 42, 'rules', [], { groups: 'nsaid' }, { medicines: [null] }, { groups: [{ kind: 'keepTaking' }] }]) {
			expect(() => medicationRulesSchema.safeParse(input)).not.toThrow();
			expect(medicationRulesSchema.safeParse(input).success).toBe(false);
		}
	});
});
