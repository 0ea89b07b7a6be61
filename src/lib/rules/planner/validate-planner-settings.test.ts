import { describe, expect, test } from 'vitest';
import { checkDefaultPlanFits, checkNoRepeatedDays } from './validate-planner-settings.ts';

describe('checkDefaultPlanFits', () => {
	test('6 sessions 6 weeks apart cannot fit 6 months', () => {
		expect(checkDefaultPlanFits({ sessions: { default: 6 }, weeksBetweenSessions: { default: 6 }, courseMaxMonths: 6 })).toEqual([
			{
				path: ['sessions', 'default'],
				message:
					'The default plan (6 sessions, 6 weeks apart) spans 210 days, more than the 6-month limit allows for some start dates (181 days). Use fewer sessions or fewer weeks between them.',
			},
		]);
	});

	test.each([
		// 25 weeks (175 days) is the longest whole-week span that always fits 6 months (181 days).
		[6, 5, 6],
		[3, 4, 6],
		[1, 12, 1],
	])('%i sessions %i weeks apart fit %i months', (sessions, weeks, months) => {
		expect(checkDefaultPlanFits({ sessions: { default: sessions }, weeksBetweenSessions: { default: weeks }, courseMaxMonths: months })).toEqual([]);
	});
});

describe('checkNoRepeatedDays', () => {
	test('each repeat after the first is reported', () => {
		expect(checkNoRepeatedDays(['monday', 'monday', 'friday', 'monday']).map((issue) => issue.path)).toEqual([[1], [3]]);
	});
});
