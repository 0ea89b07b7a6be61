import { describe, expect, test } from 'vitest';
import { findRepeatedIds } from './repeated-ids.ts';

// The medication rules' cases (moved from medication/validate-rules.test.ts).
describe('findRepeatedIds in the medication rules', () => {
	test('reports each repeat against the first use', () => {
		expect(findRepeatedIds('medicines', [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }])).toEqual([
			{ path: ['medicines', 2, 'id'], message: 'The id "a" is already used by medicines[0]. Give each entry in medicines its own id.' },
			{ path: ['medicines', 3, 'id'], message: 'The id "a" is already used by medicines[0]. Give each entry in medicines its own id.' },
		]);
	});

	test('no repeats, no issues', () => {
		expect(findRepeatedIds('groups', [{ id: 'a' }, { id: 'b' }])).toEqual([]);
	});
});

// The planner's follow-up visits (moved from planner/validate-planner-settings.test.ts).
describe('findRepeatedIds in the follow-up visits', () => {
	test('a repeated follow-up id', () => {
		expect(findRepeatedIds('followUps', [{ id: 'review' }, { id: 'check' }, { id: 'review' }], 'follow-up visit')).toEqual([
			{ path: ['followUps', 2, 'id'], message: 'The id "review" is already used by followUps[0]. Give each follow-up visit its own id.' },
		]);
	});

	test('no repeats', () => {
		expect(findRepeatedIds('followUps', [{ id: 'review' }, { id: 'check' }], 'follow-up visit')).toEqual([]);
	});
});
