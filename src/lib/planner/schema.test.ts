import { describe, expect, test } from 'vitest';
import { defaultPlannerSettings, plannerSettingsSchema } from './schema.ts';

function issuesOf(input: unknown) {
	const result = plannerSettingsSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('default planner settings', () => {
	test('follow the brief and the clinic text', () => {
		expect(defaultPlannerSettings).toEqual({
			sessions: { default: 3, max: 6 },
			weeksBetween: { default: 4, min: 2, max: 6 },
			courseMaxMonths: 6,
			bruisingDays: 7,
			firstReliefWeeks: 3,
			exerciseStartDaysAfterFirstSession: 1,
			followUps: [],
			openWeekdays: [1, 2, 3, 4, 5],
		});
	});

	test('a clinic changes only what differs', () => {
		const settings = plannerSettingsSchema.parse({
			sessions: { max: 8 },
			openWeekdays: [6, 1, 2, 3, 4, 5],
			followUps: [{ id: 'review', weeksAfterLastSession: 6, name: { en: 'Review', tr: 'Kontrol' } }],
		});
		expect(settings.sessions).toEqual({ default: 3, max: 8 });
		expect(settings.weeksBetween).toEqual({ default: 4, min: 2, max: 6 });
		// Open weekdays are sorted.
		expect(settings.openWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
		expect(settings.followUps).toHaveLength(1);
	});

	test('is plain JSON data', () => {
		expect(JSON.parse(JSON.stringify(defaultPlannerSettings))).toEqual(defaultPlannerSettings);
	});
});

describe('settings errors name the setting and say what to change', () => {
	test.each([
		[{ sessions: { max: 0 } }, ['sessions', 'max'], 'Use 1 session or more.'],
		[{ sessions: { default: 2.5 } }, ['sessions', 'default'], 'Use a whole number.'],
		[{ weeksBetween: { min: 13 } }, ['weeksBetween', 'min'], 'Use 12 weeks or fewer.'],
		[{ courseMaxMonths: 0 }, ['courseMaxMonths'], 'Use 1 month or more.'],
		[{ bruisingDays: -1 }, ['bruisingDays'], 'Use 0 days or more.'],
		[{ openWeekdays: [] }, ['openWeekdays'], 'List at least one open weekday.'],
		[{ openWeekdays: [1, 7] }, ['openWeekdays', 1], 'Use 0 (Sunday) to 6 (Saturday).'],
		[{ openWeekdays: [1, 1] }, ['openWeekdays', 1], 'Weekday 1 is listed twice. List each open weekday once (0 is Sunday, 6 is Saturday).'],
		[{ sessions: { default: 8 } }, ['sessions', 'default'], 'The default number of sessions (8) is more than sessions.max (6). Lower sessions.default or raise sessions.max.'],
		[
			{ weeksBetween: { min: 5 } },
			['weeksBetween', 'default'],
			'The default weeks between sessions (4) is outside weeksBetween.min to weeksBetween.max (5 to 6). Choose a default within them.',
		],
		[
			{ sessions: { default: 6 }, weeksBetween: { default: 6 } },
			['sessions', 'default'],
			'The default plan (6 sessions, 6 weeks apart) spans 210 days, more than the 6-month limit allows for some start dates (181 days). Use fewer sessions or fewer weeks between them.',
		],
		[{ followUps: [{ id: 'Review', weeksAfterLastSession: 6, name: { en: 'Review' } }] }, ['followUps', 0, 'id'], 'Use lower-case letters, digits and single hyphens, for example "review".'],
	])('%j', (input, path, message) => {
		expect(issuesOf(input)).toEqual([{ path, message }]);
	});

	test('an unknown key is reported', () => {
		expect(issuesOf({ sessionCount: 3 })[0]?.message).toContain('sessionCount');
	});
});
