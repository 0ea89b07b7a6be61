import { describe, expect, test } from 'vitest';
import { DEFAULT_GROUPS, DEFAULT_MEDICINES } from './schema.ts';
import { medicationRulesSchema } from './schema.ts';

function issuesOf(input: unknown) {
	const result = medicationRulesSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

const withoutAgreement = DEFAULT_GROUPS.map((group) => (group.id === 'anticoagulant' ? { ...group, needsPrescriberAgreement: false } : group));
const index = (id: string) => DEFAULT_GROUPS.findIndex((group) => group.id === id);

describe('safety rules no setting can break (docs/clinical-rules.md)', () => {
	test('the defaults keep every rule', () => {
		expect(issuesOf({})).toEqual([]);
	});

	test('the default groups copied without needsPrescriberAgreement on the blood thinners: refused at that group', () => {
		expect(issuesOf({ groups: withoutAgreement })).toEqual([
			{
				path: ['groups', index('anticoagulant'), 'needsPrescriberAgreement'],
				message: expect.stringMatching(/^Group "anticoagulant" holds blood thinners or antiplatelets \(warfarin, apixaban, rivaroxaban, …\), .* Set needsPrescriberAgreement: true on it\.$/),
			},
		]);
		// Left out altogether, the default is false: the same refusal.
		const { needsPrescriberAgreement: _, ...bare } = DEFAULT_GROUPS[index('anticoagulant')] as { needsPrescriberAgreement?: boolean };
		expect(issuesOf({ groups: DEFAULT_GROUPS.map((group) => (group.id === 'anticoagulant' ? bare : group)) })).toHaveLength(1);
	});

	test("a clinic's own list with warfarin among the painkillers: refused at that medicine", () => {
		const medicines = [{ id: 'ibuprofen', group: 'nsaid', generic: { en: 'ibuprofen' } }, { id: 'coumadin', group: 'nsaid', generic: { en: 'Coumadin' } }];
		expect(issuesOf({ medicines })).toEqual([
			{ path: ['medicines', 1, 'group'], message: expect.stringMatching(/^Medicine "coumadin" is a blood thinner or antiplatelet \(the default list knows "coumadin" as one\)/) },
		]);
	});

	test('a blood thinner is known by its id', () => {
		const medicines = DEFAULT_MEDICINES.map((medicine) => (medicine.id === 'clopidogrel' ? { id: 'clopidogrel', group: 'metamizole', generic: { en: 'my tablets' } } : medicine));
		expect(issuesOf({ medicines }).map((issue) => issue.path)).toEqual([['medicines', DEFAULT_MEDICINES.findIndex((m) => m.id === 'clopidogrel'), 'group']]);
	});

	test.each([
		['by a brand', { id: 'my-pills', generic: { en: 'my tablets' }, brands: { tr: ['Fraxiparine'] } }],
		['by a Turkish generic name', { id: 'my-pills', generic: { tr: 'VARFARİN' } }],
	])('a blood thinner is known %s', (_how, medicine) => {
		const issues = issuesOf({ medicines: [...DEFAULT_MEDICINES, { ...medicine, group: 'metamizole' }] });
		expect(issues.map((issue) => issue.path)).toEqual([['medicines', DEFAULT_MEDICINES.length, 'group']]);
	});

	test('heart aspirin in a group the clinic stops: refused', () => {
		const medicines = DEFAULT_MEDICINES.map((medicine) => (medicine.id === 'aspirin-heart' ? { ...medicine, group: 'nsaid' } : medicine));
		expect(issuesOf({ medicines })).toContainEqual({
			path: ['medicines', DEFAULT_MEDICINES.findIndex((m) => m.id === 'aspirin-heart'), 'group'],
			message: expect.stringMatching(/^Medicine "aspirin-heart" is aspirin prescribed for the heart.*keepTaking or askClinic/),
		});
	});

	test('"aspirin" only on a medicine the clinic stops: refused, so heart aspirin can always be chosen', () => {
		const medicines = [...DEFAULT_MEDICINES.filter((medicine) => medicine.id !== 'aspirin-heart' && !('ingredients' in medicine)), { id: 'asa', group: 'nsaid', generic: { en: 'aspirin' } }];
		expect(issuesOf({ medicines }).map((issue) => issue.message)).toContainEqual(expect.stringMatching(/^Medicine "aspirin-for-pain" is stopped on the clinic's days and found by "aspirin", a name heart aspirin shares/));
	});

	test('a clinic may still ask patients to stop heart aspirin only with the prescriber, or keep it', () => {
		const groups = [...DEFAULT_GROUPS.filter((group) => group.id !== 'heart-aspirin'), { id: 'heart-aspirin', kind: 'stopBefore', name: { en: 'Heart aspirin' }, note: { en: 'Ask your doctor.' }, needsPrescriberAgreement: true }];
		expect(issuesOf({ groups })).toEqual([]);
	});
});
