import { planCourse, type CourseInput, type CoursePlanResult } from '../../../src/lib/rules/planner/plan-course.ts';
import { defaultPlannerSettings, plannerSettingsFromInput } from './planner-settings.ts';

/* What the planCourse tests (src/lib/rules/planner/plan-course*.test.ts) share. */

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Planner rules from clinic settings that differ from the defaults only where given. */
export function settingsWith(change: {
	sessions?: { default?: number; min?: number; max: number };
	weeksBetween?: { default?: number; min?: number; max?: number };
	courseMaxMonths?: number;
	followUps?: { id: string; weeksAfterLastSession: number; name: Record<string, string> }[];
	openWeekdays?: number[];
}) {
	const { sessions, weeksBetween, openWeekdays, ...rest } = change;
	return plannerSettingsFromInput({
		treatment: {
			...rest,
			sessions: { default: 3, min: 1, max: 6, ...sessions },
			weeksBetweenSessions: { default: 4, min: 2, max: 6, ...weeksBetween },
		},
		...(openWeekdays ? { openDays: openWeekdays.map((day) => WEEKDAY_NAMES[day] ?? 'monday') } : {}),
	});
}

/** A plan from the defaults: 3 sessions 4 weeks apart from Monday 1 March 2027, today 1 February. */
export function plan(input: Partial<CourseInput>): CoursePlanResult {
	return planCourse({ firstSession: '2027-03-01', sessions: 3, weeksBetween: 4, today: '2027-02-01', settings: defaultPlannerSettings, ...input });
}

/** The plan, or a failed test naming its errors. */
export function planned(input: Partial<CourseInput>) {
	const result = plan(input);
	if (result.status === 'invalid') throw new Error(`invalid: ${JSON.stringify(result.errors)}`);
	return result;
}
