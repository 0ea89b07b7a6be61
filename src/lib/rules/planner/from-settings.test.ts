import { describe, expect, test } from 'vitest';
import { clinicSchema } from '../../site/settings/clinic-schema.ts';
import { treatmentSchema } from '../../site/settings/treatment-schema.ts';
import { plannerSettingsFrom } from './from-settings.ts';
import { defaultPlannerSettings } from '../../../../tests/unit/support/planner-settings.ts';

const treatment = treatmentSchema.parse(undefined);

describe('plannerSettingsFrom', () => {
	test('the clinic defaults give the brief’s planner rules', () => {
		expect(defaultPlannerSettings).toEqual({
			sessions: { default: 3, min: 1, max: 6 },
			weeksBetween: { default: 4, min: 2, max: 6 },
			courseMaxMonths: 6,
			bruisingDays: 7,
			firstReliefWeeks: 3,
			exerciseStartDaysAfterFirstSession: 1,
			followUps: [],
			openWeekdays: [1, 2, 3, 4, 5],
			closedDates: [],
		});
	});

	test.each([
		[['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], [1, 2, 3, 4, 5, 6]],
		[['sunday'], [0]],
		// Sorted whatever order the clinic wrote them in.
		[['saturday', 'wednesday', 'sunday'], [0, 3, 6]],
	])('open days %j → weekdays %j', (openDays, weekdays) => {
		expect(plannerSettingsFrom({ clinic: { openDays: clinicSchema.shape.openDays.parse(openDays) }, treatment }, []).openWeekdays).toEqual(weekdays);
	});

	test('follow-ups and the exercise start come from the treatment settings', () => {
		const custom = treatmentSchema.parse({
			exerciseStartDays: 3,
			followUps: [{ id: 'review', weeksAfterLastSession: 6, name: { en: 'Review', tr: 'Kontrol' } }],
		});
		const settings = plannerSettingsFrom({ clinic: { openDays: ['monday'] }, treatment: custom }, []);
		expect(settings.exerciseStartDaysAfterFirstSession).toBe(3);
		expect(settings.followUps).toEqual([{ id: 'review', weeksAfterLastSession: 6, name: { en: 'Review', tr: 'Kontrol' } }]);
	});

	test('does not change its input, and gives plain JSON data', () => {
		const source = { clinic: { openDays: ['friday', 'monday'] }, treatment };
		const before = JSON.stringify(source);
		const settings = plannerSettingsFrom(source, []);
		expect(JSON.stringify(source)).toBe(before);
		expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
	});
});

describe('the planner’s cross-field checks in the clinic settings', () => {
	const issuesOf = (input: unknown) => {
		const result = treatmentSchema.safeParse(input);
		return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
	};

	test.each([
		[
			{ sessions: { default: 6, min: 1, max: 6 }, weeksBetweenSessions: { default: 6, min: 2, max: 6 } },
			['sessions', 'default'],
			'The default plan (6 sessions, 6 weeks apart) spans 210 days, more than the 6-month limit allows for some start dates (181 days). Use fewer sessions or fewer weeks between them.',
		],
		[
			{ followUps: [{ id: 'review', weeksAfterLastSession: 6, name: { en: 'Review' } }, { id: 'review', weeksAfterLastSession: 12, name: { en: 'Second review' } }] },
			['followUps', 1, 'id'],
			'The id "review" is already used by followUps[0]. Give each follow-up visit its own id.',
		],
		[{ exerciseStartDays: 29 }, ['exerciseStartDays'], 'must be 28 or less'],
		[{ followUps: [{ id: 'Review', weeksAfterLastSession: 6, name: { en: 'Review' } }] }, ['followUps', 0, 'id'], 'must be lower-case letters, digits and single hyphens, like "review"'],
	])('%j', (input, path, message) => {
		expect(issuesOf(input)).toEqual([{ path, message }]);
	});

	test('a repeated open day', () => {
		const result = clinicSchema.shape.openDays.safeParse(['monday', 'monday']);
		expect(result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }))).toEqual([
			{ path: [1], message: 'This day is listed twice. List each open day once.' },
		]);
	});
});
