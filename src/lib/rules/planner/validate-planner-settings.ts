import { shortestMonthsInDays } from './shortest-months.ts';

/*
 * Cross-field checks on the clinic's planner settings (clinic.yaml, `treatment` and
 * `clinic.openDays`), as small pure validators. Each returns issues with the path of the setting
 * to change, relative to its section, and a message that says what is wrong and what to do. The
 * settings schema (src/lib/site/settings/schema.ts) runs them.
 */

/** A problem in the settings: where it is, and what to change. */
export type PlannerSettingsIssue = {
	readonly path: readonly (string | number)[];
	readonly message: string;
};

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
export function checkDefaultPlanFits(settings: CourseShape): PlannerSettingsIssue[] {
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
 * Follow-up visit ids must not repeat.
 *
 * @example
 * checkNoRepeatedIds([{ id: 'review' }, { id: 'review' }])
 * //=> [{ path: ['followUps', 1, 'id'], message: 'The id "review" is already used by followUps[0]. Give each follow-up visit its own id.' }]
 */
export function checkNoRepeatedIds(followUps: readonly { readonly id: string }[]): PlannerSettingsIssue[] {
	const issues: PlannerSettingsIssue[] = [];
	followUps.forEach((visit, index) => {
		const earlier = followUps.findIndex((other) => other.id === visit.id);
		if (earlier !== index) {
			issues.push({
				path: ['followUps', index, 'id'],
				message: `The id "${visit.id}" is already used by followUps[${earlier}]. Give each follow-up visit its own id.`,
			});
		}
	});
	return issues;
}

/**
 * Open days must not repeat.
 *
 * @example
 * checkNoRepeatedDays(['monday', 'tuesday', 'monday'])
 * //=> [{ path: [2], message: 'This day is listed twice. List each open day once.' }]
 */
export function checkNoRepeatedDays(days: readonly string[]): PlannerSettingsIssue[] {
	return days.flatMap((day, index) =>
		days.indexOf(day) === index ? [] : [{ path: [index], message: 'This day is listed twice. List each open day once.' }],
	);
}
