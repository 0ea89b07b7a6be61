import { describe, expect, test } from 'vitest';
import { findUnknownGroups, validateMedicationRules } from './validate-rules.ts';

describe('findUnknownGroups', () => {
	test('names the medicine, the unknown group and the known ones', () => {
		expect(
			findUnknownGroups({ groups: [{ id: 'nsaid' }, { id: 'paracetamol' }], medicines: [{ id: 'warfarin', group: 'anticoagulant' }] }),
		).toEqual([
			{
				path: ['medicines', 0, 'group'],
				message:
					'Medicine "warfarin" names the group "anticoagulant", which is not defined. Use one of: nsaid, paracetamol; or add a group with the id "anticoagulant" to groups.',
			},
		]);
	});
});

describe('validateMedicationRules', () => {
	test('runs every check', () => {
		const issues = validateMedicationRules({
			groups: [{ id: 'a' }, { id: 'a' }],
			medicines: [{ id: 'm', group: 'b' }, { id: 'm', group: 'a' }],
		});
		expect(issues.map((issue) => issue.path)).toEqual([
			['groups', 1, 'id'],
			['medicines', 1, 'id'],
			['medicines', 0, 'group'],
		]);
	});
});
