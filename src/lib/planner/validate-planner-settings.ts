import { shortestMonthsInDays } from './shortest-months.ts';

/*
 * Cross-field checks on the planner settings, as small pure validators. Each returns issues with
 * the path of the setting to change and a message that says what is wrong and what to do.
 */

/** A problem in the settings: where it is, and what to change. */
export type PlannerSettingsIssue = {
	readonly path: readonly (string | number)[];
	readonly message: string;
};

type SettingsShape = {
	readonly sessions: { readonly default: number; readonly max: number };
	readonly weeksBetween: { readonly default: number; readonly min: number; readonly max: number };
	readonly courseMaxMonths: number;
	readonly followUps: readonly { readonly id: string }[];
	readonly openWeekdays: readonly number[];
};

/**
 * The defaults must lie within their own limits.
 *
 * @example
 * checkDefaultsWithinLimits({ sessions: { default: 8, max: 6 }, weeksBetween: { default: 4, min: 2, max: 6 } })
 * //=> [{ path: ['sessions', 'default'], message: 'The default number of sessions (8) is more than sessions.max (6). Lower sessions.default or raise sessions.max.' }]
 */
export function checkDefaultsWithinLimits(settings: Pick<SettingsShape, 'sessions' | 'weeksBetween'>): PlannerSettingsIssue[] {
	const issues: PlannerSettingsIssue[] = [];
	const { sessions, weeksBetween } = settings;
	if (sessions.default > sessions.max) {
		issues.push({
			path: ['sessions', 'default'],
			message: `The default number of sessions (${sessions.default}) is more than sessions.max (${sessions.max}). Lower sessions.default or raise sessions.max.`,
		});
	}
	if (weeksBetween.min > weeksBetween.max) {
		issues.push({
			path: ['weeksBetween', 'min'],
			message: `weeksBetween.min (${weeksBetween.min}) is more than weeksBetween.max (${weeksBetween.max}). Swap them or change one.`,
		});
	} else if (weeksBetween.default < weeksBetween.min || weeksBetween.default > weeksBetween.max) {
		issues.push({
			path: ['weeksBetween', 'default'],
			message: `The default weeks between sessions (${weeksBetween.default}) is outside weeksBetween.min to weeksBetween.max (${weeksBetween.min} to ${weeksBetween.max}). Choose a default within them.`,
		});
	}
	return issues;
}

/**
 * The default plan must fit the course limit whatever the first session's date.
 *
 * @example
 * checkDefaultPlanFits({ sessions: { default: 8, max: 8 }, weeksBetween: { default: 4, min: 2, max: 6 }, courseMaxMonths: 6 })[0].path
 * //=> ['sessions', 'default']
 */
export function checkDefaultPlanFits(settings: Pick<SettingsShape, 'sessions' | 'weeksBetween' | 'courseMaxMonths'>): PlannerSettingsIssue[] {
	const { sessions, weeksBetween, courseMaxMonths } = settings;
	const span = (sessions.default - 1) * weeksBetween.default * 7;
	const limit = shortestMonthsInDays(courseMaxMonths);
	if (span <= limit) return [];
	return [
		{
			path: ['sessions', 'default'],
			message: `The default plan (${sessions.default} sessions, ${weeksBetween.default} weeks apart) spans ${span} days, more than the ${courseMaxMonths}-month limit allows for some start dates (${limit} days). Use fewer sessions or fewer weeks between them.`,
		},
	];
}

/**
 * Weekdays and follow-up ids must not repeat.
 *
 * @example
 * checkNoRepeats({ openWeekdays: [1, 2, 2], followUps: [] })
 * //=> [{ path: ['openWeekdays', 2], message: 'Weekday 2 is listed twice. List each open weekday once (0 is Sunday, 6 is Saturday).' }]
 */
export function checkNoRepeats(settings: Pick<SettingsShape, 'openWeekdays' | 'followUps'>): PlannerSettingsIssue[] {
	const issues: PlannerSettingsIssue[] = [];
	settings.openWeekdays.forEach((weekday, index) => {
		if (settings.openWeekdays.indexOf(weekday) !== index) {
			issues.push({
				path: ['openWeekdays', index],
				message: `Weekday ${weekday} is listed twice. List each open weekday once (0 is Sunday, 6 is Saturday).`,
			});
		}
	});
	settings.followUps.forEach((visit, index) => {
		const earlier = settings.followUps.findIndex((other) => other.id === visit.id);
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
 * Runs every cross-field check on the planner settings.
 *
 * @example
 * validatePlannerSettings({ sessions: { default: 3, max: 6 }, weeksBetween: { default: 4, min: 2, max: 6 }, courseMaxMonths: 6, followUps: [], openWeekdays: [1, 2, 3, 4, 5] })
 * //=> []
 */
export function validatePlannerSettings(settings: SettingsShape): PlannerSettingsIssue[] {
	const limits = checkDefaultsWithinLimits(settings);
	return [...limits, ...(limits.length === 0 ? checkDefaultPlanFits(settings) : []), ...checkNoRepeats(settings)];
}
