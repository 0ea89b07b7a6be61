import type { SettingsIssue } from '../repeated-ids.ts';
import { shortestMonthsInDays } from './shortest-months.ts';

/*
 * Cross-field checks on the clinic's planner settings (clinic.yaml, `treatment` and
 * `clinic.openDays`), as small pure validators. Each returns issues with the path of the setting
 * to change, relative to its section, and a message that says what is wrong and what to do. The
 * settings schema (src/lib/site/settings/schema.ts) runs them.
 */

type CourseShape = {
	readonly sessions: { readonly default: number };
	readonly weeksBetweenSessions: { readonly default: number };
	readonly courseMaxMonths: number;
};

/**
 * The default plan must fit the course limit whatever the first session's date.
 *
 * @example
 * checkDefaultPlanFits({ sessions: { default: 8 }, weeksBetweenSessions: { default: 4 }, courseMaxMonths: 6 })[0].path
 * //=> ['sessions', 'default']
 */
export function checkDefaultPlanFits(settings: CourseShape): SettingsIssue[] {
	const { sessions, weeksBetweenSessions, courseMaxMonths } = settings;
	const span = (sessions.default - 1) * weeksBetweenSessions.default * 7;
	const limit = shortestMonthsInDays(courseMaxMonths);
	if (span <= limit) return [];
	return [
		{
			path: ['sessions', 'default'],
			message: `The default plan (${sessions.default} sessions, ${weeksBetweenSessions.default} weeks apart) spans ${span} days, more than the ${courseMaxMonths}-month limit allows for some start dates (${limit} days). Use fewer sessions or fewer weeks between them.`,
		},
	];
}

/**
 * Open days must not repeat.
 *
 * @example
 * checkNoRepeatedDays(['monday', 'tuesday', 'monday'])
 * //=> [{ path: [2], message: 'This day is listed twice. List each open day once.' }]
 */
export function checkNoRepeatedDays(days: readonly string[]): SettingsIssue[] {
	return days.flatMap((day, index) =>
		days.indexOf(day) === index ? [] : [{ path: [index], message: 'This day is listed twice. List each open day once.' }],
	);
}
