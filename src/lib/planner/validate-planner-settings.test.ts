import { describe, expect, test } from 'vitest';
import { checkDefaultPlanFits, checkDefaultsWithinLimits, checkNoRepeats, validatePlannerSettings } from './validate-planner-settings.ts';

const base = {
	sessions: { default: 3, max: 6 },
	weeksBetween: { default: 4, min: 2, max: 6 },
	courseMaxMonths: 6,
	followUps: [],
	openWeekdays: [1, 2, 3, 4, 5],
};

describe('checkDefaultsWithinLimits', () => {
	test.each([
		[{ sessions: { default: 7, max: 6 } }, ['sessions', 'default']],
		[{ weeksBetween: { default: 4, min: 5, max: 3 } }, ['weeksBetween', 'min']],
		[{ weeksBetween: { default: 8, min: 2, max: 6 } }, ['weeksBetween', 'default']],
		[{ weeksBetween: { default: 1, min: 2, max: 6 } }, ['weeksBetween', 'default']],
	])('%j → %j', (change, path) => {
		expect(checkDefaultsWithinLimits({ ...base, ...change }).map((issue) => issue.path)).toEqual([path]);
	});

	test('the defaults are fine', () => {
		expect(checkDefaultsWithinLimits(base)).toEqual([]);
	});
});

describe('checkDefaultPlanFits', () => {
	test('6 sessions 6 weeks apart cannot fit 6 months', () => {
		expect(checkDefaultPlanFits({ ...base, sessions: { default: 6, max: 6 }, weeksBetween: { default: 6, min: 2, max: 6 } })).toEqual([
			{
				path: ['sessions', 'default'],
				message:
					'The default plan (6 sessions, 6 weeks apart) spans 210 days, more than the 6-month limit allows for some start dates (181 days). Use fewer sessions or fewer weeks between them.',
			},
		]);
	});

	test('a plan that spans exactly the shortest 6 months fits', () => {
		// 181 days is not a whole number of weeks; 25 weeks (175 days) is the longest that always fits.
		expect(checkDefaultPlanFits({ ...base, sessions: { default: 6, max: 6 }, weeksBetween: { default: 5, min: 2, max: 6 } })).toEqual([]);
	});
});

describe('checkNoRepeats', () => {
	test('a repeated follow-up id', () => {
		expect(checkNoRepeats({ openWeekdays: [1], followUps: [{ id: 'review' }, { id: 'review' }] })).toEqual([
			{ path: ['followUps', 1, 'id'], message: 'The id "review" is already used by followUps[0]. Give each follow-up visit its own id.' },
		]);
	});
});

describe('validatePlannerSettings', () => {
	test('does not check the default plan against the month limit while the defaults are outside their own limits', () => {
		const issues = validatePlannerSettings({ ...base, sessions: { default: 30, max: 6 } });
		expect(issues.map((issue) => issue.path)).toEqual([['sessions', 'default']]);
	});
});
