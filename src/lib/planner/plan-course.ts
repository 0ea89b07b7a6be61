import { addDays } from '../dates/add-days.ts';
import { addMonths } from '../dates/add-months.ts';
import { compareDates } from '../dates/compare-dates.ts';
import { differenceInCalendarDays } from '../dates/difference-in-calendar-days.ts';
import { isIsoDate, toDateParts, type IsoDate } from '../dates/iso-date.ts';
import { weekdayOf, type Weekday } from '../dates/weekday.ts';
import { planHold, type HoldPlan } from '../medication/plan-hold.ts';
import type { MedicationRules } from '../medication/types.ts';
import { nextOpenDay } from './next-open-day.ts';
import type { PlannerSettings } from './types.ts';

/*
 * The session planner (content brief, section C, and issue 4):
 * - sessions every N weeks from the first one;
 * - the whole course within M calendar months: the last session on or before the first session's
 *   date plus M months (month ends clamp: 31 August + 6 months = 28 or 29 February);
 * - bruising and swelling up to 7 days after each session; first relief around 3 weeks after
 *   the first session; the exercise programme from the day after the first session;
 * - a session on a day the clinic is closed is flagged, and can be moved to the next open day.
 */

/** Which sessions to move from a closed day to the next open day: none, all, or these numbers (1 = first). */
export type MoveToOpenDay = 'none' | 'all' | readonly number[];

export type CourseInput = {
	readonly firstSession: IsoDate | string;
	/** How many sessions (a whole number; text from a form is accepted). */
	readonly sessions: number | string;
	/** Weeks from one session to the next (a whole number; text from a form is accepted). */
	readonly weeksBetween: number | string;
	readonly today: IsoDate | string;
	readonly moveToOpenDay?: MoveToOpenDay | undefined;
	/** The patient's medicines: each session then gets its medicine-free days. */
	readonly medicines?:
		| {
				readonly medicineIds?: readonly string[] | undefined;
				readonly groupIds?: readonly string[] | undefined;
				readonly prescriberAgreed?: ReadonlySet<string> | readonly string[] | undefined;
				readonly rules: MedicationRules;
		  }
		| undefined;
	readonly settings: PlannerSettings;
};

/** A field the patient must change. The keys are message keys; `min` and `max` fill the message. */
export type CourseInputError =
	| { readonly field: 'firstSession'; readonly error: 'invalidDate' | 'inPast' }
	| { readonly field: 'today'; readonly error: 'invalidDate' }
	| {
			readonly field: 'sessions' | 'weeksBetween';
			readonly error: 'notAWholeNumber' | 'tooFew' | 'tooMany';
			readonly min: number;
			readonly max: number;
	  };

export type PlannedSession = {
	/** 1 for the first session. */
	readonly number: number;
	/** The date the interval gives. */
	readonly plannedDate: IsoDate;
	/** The date of the session: the planned date, or the next open day when moved. */
	readonly date: IsoDate;
	readonly weekday: Weekday;
	/** The clinic is closed on `date` (a session left on a closed day). */
	readonly closed: boolean;
	/** The planned date is a closed day: the next open day, offered as the move. */
	readonly nextOpenDate: IsoDate | null;
	readonly moved: boolean;
	/** Days since the previous session; `null` for the first. */
	readonly daysSincePrevious: number | null;
	/** Stiffness, swelling and bruising are expected from the session day up to this day. */
	readonly sideEffectsUntil: IsoDate;
	/** The medicine plan for this session, when medicines were given. */
	readonly medicines: HoldPlan | null;
};

export type PlannedVisit = {
	readonly id: string;
	readonly date: IsoDate;
	readonly weekday: Weekday;
	readonly closed: boolean;
	readonly nextOpenDate: IsoDate | null;
};

export type CoursePlan = {
	readonly sessions: readonly PlannedSession[];
	readonly firstSessionDate: IsoDate;
	readonly lastSessionDate: IsoDate;
	/** The course limit: the last session must be on or before `latestLastSession`. */
	readonly courseLimit: {
		readonly months: number;
		readonly latestLastSession: IsoDate;
		readonly fits: boolean;
		/** How many days the last session is after `latestLastSession` (0 when it fits). */
		readonly daysOver: number;
	};
	/** Relief usually starts around this day. Always shown as "around", never as a promise. */
	readonly firstReliefAround: IsoDate;
	readonly exerciseFrom: IsoDate;
	readonly followUps: readonly PlannedVisit[];
};

/**
 * A nearby plan that keeps every limit. `changes` names what differs from the patient's request:
 * fewer sessions, or a different number of weeks between them (shorter, or brought within limits).
 */
export type CourseSuggestion = {
	readonly sessions: number;
	readonly weeksBetween: number;
	readonly lastSessionDate: IsoDate;
	readonly changes: readonly ('sessions' | 'weeksBetween')[];
};

/**
 * `ok`: the plan keeps every limit. `tooLong`: the plan ends after the course limit (see
 * `plan.courseLimit.daysOver`). `invalid`: a field must change. With `tooLong`, and with
 * `invalid` when only the number of sessions or weeks is out of range, `suggestions` lists
 * the nearest plans that fit.
 */
export type CoursePlanResult =
	| { readonly status: 'ok'; readonly plan: CoursePlan; readonly suggestions: readonly [] }
	| { readonly status: 'tooLong'; readonly plan: CoursePlan; readonly suggestions: readonly CourseSuggestion[] }
	| {
			readonly status: 'invalid';
			readonly errors: readonly CourseInputError[];
			readonly suggestions: readonly CourseSuggestion[];
	  };

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * Lays out a course of sessions and checks it against the clinic's limits. Pure: "today" is an
 * argument. Never throws; inputs are not changed.
 *
 * @example
 * planCourse({ firstSession: '2027-03-01', sessions: 3, weeksBetween: 4, today: '2027-02-01', settings: defaultPlannerSettings }).plan.sessions.map((session) => session.date)
 * //=> ['2027-03-01', '2027-03-29', '2027-04-26']
 */
export function planCourse(input: CourseInput): CoursePlanResult {
	const { settings } = input;
	const errors: CourseInputError[] = [];
	const today = isPlannableDate(input.today) ? input.today : null;
	if (today === null) errors.push({ field: 'today', error: 'invalidDate' });
	const first = isPlannableDate(input.firstSession) ? input.firstSession : null;
	if (first === null) errors.push({ field: 'firstSession', error: 'invalidDate' });
	else if (today !== null && compareDates(first, today) < 0) errors.push({ field: 'firstSession', error: 'inPast' });

	const sessionLimits = { min: settings.sessions.min, max: settings.sessions.max };
	const weekLimits = { min: settings.weeksBetween.min, max: settings.weeksBetween.max };
	const sessions = checkCount('sessions', input.sessions, sessionLimits, errors);
	const weeks = checkCount('weeksBetween', input.weeksBetween, weekLimits, errors);
	const moves = input.moveToOpenDay ?? 'none';

	if (errors.length > 0 || first === null || today === null) {
		// Only a count out of range (a whole number, a usable first date) can be mended by a suggestion.
		const mendable =
			first !== null &&
			today !== null &&
			errors.every((error) => error.field === 'sessions' || error.field === 'weeksBetween') &&
			errors.every((error) => error.error !== 'notAWholeNumber') &&
			sessions !== null &&
			weeks !== null;
		return {
			status: 'invalid',
			errors,
			suggestions: mendable ? nearestFittingPlans(first, sessions, weeks, moves, settings) : [],
		};
	}
	if (sessions === null || weeks === null) return { status: 'invalid', errors, suggestions: [] };

	const plan = layoutCourse(first, sessions, weeks, moves, settings, (date) =>
		input.medicines === undefined ? null : planHold({ ...input.medicines, treatmentDate: date, today }),
	);
	if (plan.courseLimit.fits) return { status: 'ok', plan, suggestions: [] };
	return { status: 'tooLong', plan, suggestions: nearestFittingPlans(first, sessions, weeks, moves, settings) };
}

/**
 * The nearest plans that keep every limit: (a) as many sessions as fit at the requested weeks
 * (brought within the clinic's range), and (b) the requested sessions (brought within range)
 * at the longest interval that fits. Plans equal to the request, or to each other, are left out.
 *
 * @example
 * nearestFittingPlans(isoDate('2027-01-04'), 6, 6, 'none', defaultPlannerSettings).map(({ sessions, weeksBetween }) => [sessions, weeksBetween])
 * //=> [[5, 6], [6, 5]]
 */
export function nearestFittingPlans(
	first: IsoDate,
	sessions: number,
	weeks: number,
	moves: MoveToOpenDay,
	settings: PlannerSettings,
): CourseSuggestion[] {
	const targetSessions = clamp(sessions, settings.sessions.min, settings.sessions.max);
	const targetWeeks = clamp(weeks, settings.weeksBetween.min, settings.weeksBetween.max);
	const lastDateOf = (count: number, interval: number) => courseEnds(first, count, interval, moves, settings).last;
	const fits = (count: number, interval: number) => {
		const ends = courseEnds(first, count, interval, moves, settings);
		return compareDates(ends.last, addMonths(ends.first, settings.courseMaxMonths)) <= 0;
	};

	const candidates: { sessions: number; weeksBetween: number }[] = [];
	for (let count = targetSessions; count >= settings.sessions.min; count -= 1) {
		if (fits(count, targetWeeks)) {
			candidates.push({ sessions: count, weeksBetween: targetWeeks });
			break;
		}
	}
	for (let interval = targetWeeks; interval >= settings.weeksBetween.min; interval -= 1) {
		if (fits(targetSessions, interval)) {
			candidates.push({ sessions: targetSessions, weeksBetween: interval });
			break;
		}
	}

	const suggestions: CourseSuggestion[] = [];
	for (const candidate of candidates) {
		const same = (other: { sessions: number; weeksBetween: number }) =>
			other.sessions === candidate.sessions && other.weeksBetween === candidate.weeksBetween;
		if (same({ sessions, weeksBetween: weeks }) || suggestions.some(same)) continue;
		const changes: ('sessions' | 'weeksBetween')[] = [];
		if (candidate.sessions !== sessions) changes.push('sessions');
		if (candidate.weeksBetween !== weeks) changes.push('weeksBetween');
		suggestions.push({ ...candidate, lastSessionDate: lastDateOf(candidate.sessions, candidate.weeksBetween), changes });
	}
	return suggestions;
}

function layoutCourse(
	first: IsoDate,
	count: number,
	weeks: number,
	moves: MoveToOpenDay,
	settings: PlannerSettings,
	medicinesFor: (date: IsoDate) => HoldPlan | null,
): CoursePlan {
	const sessions: PlannedSession[] = [];
	for (const [index, { plannedDate, date, moved, nextOpenDate }] of sessionDates(first, count, weeks, moves, settings).entries()) {
		const previous = sessions[index - 1];
		sessions.push({
			number: index + 1,
			plannedDate,
			date,
			weekday: weekdayOf(date),
			closed: !settings.openWeekdays.includes(weekdayOf(date)),
			nextOpenDate,
			moved,
			daysSincePrevious: previous === undefined ? null : differenceInCalendarDays(date, previous.date),
			sideEffectsUntil: addDays(date, settings.bruisingDays),
			medicines: medicinesFor(date),
		});
	}
	const firstSessionDate = sessions[0]?.date ?? first;
	const last = sessions.at(-1)?.date ?? first;
	const latestLastSession = addMonths(firstSessionDate, settings.courseMaxMonths);
	const daysOver = Math.max(0, differenceInCalendarDays(last, latestLastSession));
	return {
		sessions,
		firstSessionDate,
		lastSessionDate: last,
		courseLimit: { months: settings.courseMaxMonths, latestLastSession, fits: daysOver === 0, daysOver },
		firstReliefAround: addDays(firstSessionDate, settings.firstReliefWeeks * 7),
		exerciseFrom: addDays(firstSessionDate, settings.exerciseStartDaysAfterFirstSession),
		followUps: settings.followUps.map((visit) => {
			const date = addDays(last, visit.weeksAfterLastSession * 7);
			const closed = !settings.openWeekdays.includes(weekdayOf(date));
			return { id: visit.id, date, weekday: weekdayOf(date), closed, nextOpenDate: closed ? nextOpenDay(date, settings.openWeekdays) : null };
		}),
	};
}

function sessionDates(first: IsoDate, count: number, weeks: number, moves: MoveToOpenDay, settings: PlannerSettings) {
	return Array.from({ length: count }, (_, index) => {
		const plannedDate = addDays(first, index * weeks * 7);
		const closed = !settings.openWeekdays.includes(weekdayOf(plannedDate));
		const nextOpenDate = closed ? nextOpenDay(plannedDate, settings.openWeekdays) : null;
		const wantsMove = moves === 'all' || (Array.isArray(moves) && moves.includes(index + 1));
		const moved = wantsMove && nextOpenDate !== null;
		return { plannedDate, date: moved && nextOpenDate !== null ? nextOpenDate : plannedDate, moved, nextOpenDate };
	});
}

/** The dates of the first and last sessions, after any moves: what the course limit compares. */
function courseEnds(first: IsoDate, count: number, weeks: number, moves: MoveToOpenDay, settings: PlannerSettings) {
	const dates = sessionDates(first, count, weeks, moves, settings);
	return { first: dates[0]?.date ?? first, last: dates.at(-1)?.date ?? first };
}

function checkCount(
	field: 'sessions' | 'weeksBetween',
	value: number | string,
	limits: { min: number; max: number },
	errors: CourseInputError[],
): number | null {
	const number = typeof value === 'number' ? value : /^\s*\d{1,6}\s*$/.test(String(value)) ? Number(value) : Number.NaN;
	if (!Number.isSafeInteger(number)) {
		errors.push({ field, error: 'notAWholeNumber', ...limits });
		return null;
	}
	if (number < limits.min) errors.push({ field, error: 'tooFew', ...limits });
	else if (number > limits.max) errors.push({ field, error: 'tooMany', ...limits });
	// A negative count cannot be mended into a plan; any other is clamped by the suggestions.
	return number >= 0 ? number : null;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}

/** A real date whose year leaves room for every rule without leaving the calendar. */
function isPlannableDate(value: unknown): value is IsoDate {
	if (!isIsoDate(value)) return false;
	const { year } = toDateParts(value);
	return year >= MIN_YEAR && year <= MAX_YEAR;
}
