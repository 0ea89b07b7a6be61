import { differenceInCalendarDays, type Weekday, weekdayOf } from '../dates/calendar.ts';
import { addDays, addMonths } from '../dates/calendar-steps.ts';
import { compareDates } from '../dates/compare-dates.ts';
import { type IsoDate, isPlannableDate } from '../dates/iso-date.ts';
import { planHold, type HoldPlan } from '../medication/plan-hold.ts';
import type { MedicationRules } from '../medication/types.ts';
import { bookableDay, bookingProblems, type BookingProblem } from './bookable.ts';
import { isClinicOpen, nextOpenDay } from '../clinic-days/open-days.ts';
import type { PlannerSettings } from './types.ts';

/*
 * The session planner (docs/clinical-rules.md, "The course: within 6 months"):
 * - sessions every N weeks from the first one;
 * - the whole course within M calendar months: the last session on or before the first session's
 *   date plus M months (month ends clamp: 31 August + 6 months = 28 or 29 February);
 * - bruising and swelling up to 7 days after each session; first relief around 3 weeks after
 *   the first session; the exercise programme from the day after the first session;
 * - each session is N weeks after the one before it as booked, so a moved session carries the
 *   later ones with it and every gap stays within the clinic's limits;
 * - a session on a day the clinic is closed (a closed weekday, a public holiday or a closure) is
 *   flagged, with a bookable day offered as the move (./bookable.ts: the next open day, or the
 *   open day before when the next one would make the gap too long).
 * Every plan carries its booking problems (./bookable.ts), and every suggestion is bookable.
 */

/** Which sessions to move from a closed day to the next open day: none, all, or these numbers (1 = first). */
export type MoveToOpenDay = 'none' | 'all' | readonly number[];

export type CourseInput = {
	readonly firstSession: IsoDate | string;
	/** How many sessions: a whole number (form text is read at the edge, calculators/read-number.ts). */
	readonly sessions: number;
	/** Weeks from one session to the next: a whole number (read at the edge, as `sessions`). */
	readonly weeksBetween: number;
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
	/** The date the interval gives: the first session's date, or N weeks after the session before. */
	readonly plannedDate: IsoDate;
	/** The date of the session: the planned date, or the next open day when moved. */
	readonly date: IsoDate;
	readonly weekday: Weekday;
	/** The clinic is closed on `date` (a session left on a closed day). */
	readonly closed: boolean;
	/** The planned date is a closed day: the bookable day offered as the move (`null` when none). */
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
	/** What stops the clinic booking this plan (closed days, gaps, the course limit); empty when bookable. */
	readonly problems: readonly BookingProblem[];
};

/**
 * A nearby plan that keeps every limit. `changes` names what differs from the patient's request:
 * fewer sessions, or a different number of weeks between them (shorter, or brought within limits).
 */
export type CourseSuggestion = {
	readonly sessions: number;
	readonly weeksBetween: number;
	readonly lastSessionDate: IsoDate;
	/** The moves the suggested plan makes: pressing it must apply these too, so the plan is the one labelled. */
	readonly moves: 'all';
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
			suggestions: mendable ? nearestFittingPlans(first, sessions, weeks, settings) : [],
		};
	}
	if (sessions === null || weeks === null) return { status: 'invalid', errors, suggestions: [] };

	const plan = layoutCourse(first, sessions, weeks, moves, settings, (date) =>
		input.medicines === undefined ? null : planHold({ ...input.medicines, treatmentDate: date, today }),
	);
	if (plan.courseLimit.fits) return { status: 'ok', plan, suggestions: [] };
	return { status: 'tooLong', plan, suggestions: nearestFittingPlans(first, sessions, weeks, settings) };
}

/**
 * The nearest bookable plans (./bookable.ts), every closed day moved: (a) as many sessions as
 * fit at the requested weeks (brought within the clinic's range), and (b) the requested sessions
 * (brought within range) at the longest interval that fits. Each one's last date is that of the
 * plan applying it gives. Plans equal to the request, or to each other, are left out.
 *
 * @example
 * nearestFittingPlans(isoDate('2027-01-04'), 6, 6, defaultPlannerSettings).map(({ sessions, weeksBetween }) => [sessions, weeksBetween])
 * //=> [[5, 6], [6, 5]]
 */
export function nearestFittingPlans(first: IsoDate, sessions: number, weeks: number, settings: PlannerSettings): CourseSuggestion[] {
	const targetSessions = clamp(sessions, settings.sessions.min, settings.sessions.max);
	const targetWeeks = clamp(weeks, settings.weeksBetween.min, settings.weeksBetween.max);
	const bookable = (count: number, interval: number) => {
		const dates = sessionDates(first, count, interval, 'all', settings).map((session) => session.date);
		return bookingProblems(dates, settings).length === 0 ? dates : null;
	};

	const candidates: { sessions: number; weeksBetween: number; last: IsoDate }[] = [];
	for (let count = targetSessions; count >= settings.sessions.min; count -= 1) {
		const dates = bookable(count, targetWeeks);
		if (dates) {
			candidates.push({ sessions: count, weeksBetween: targetWeeks, last: dates.at(-1) ?? first });
			break;
		}
	}
	for (let interval = targetWeeks; interval >= settings.weeksBetween.min; interval -= 1) {
		const dates = bookable(targetSessions, interval);
		if (dates) {
			candidates.push({ sessions: targetSessions, weeksBetween: interval, last: dates.at(-1) ?? first });
			break;
		}
	}

	const suggestions: CourseSuggestion[] = [];
	for (const { last, ...candidate } of candidates) {
		const same = (other: { sessions: number; weeksBetween: number }) =>
			other.sessions === candidate.sessions && other.weeksBetween === candidate.weeksBetween;
		if (same({ sessions, weeksBetween: weeks }) || suggestions.some(same)) continue;
		const changes: ('sessions' | 'weeksBetween')[] = [];
		if (candidate.sessions !== sessions) changes.push('sessions');
		if (candidate.weeksBetween !== weeks) changes.push('weeksBetween');
		suggestions.push({ ...candidate, lastSessionDate: last, moves: 'all', changes });
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
			closed: !isClinicOpen(date, settings),
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
			const closed = !isClinicOpen(date, settings);
			return { id: visit.id, date, weekday: weekdayOf(date), closed, nextOpenDate: closed ? nextOpenDay(date, settings) : null };
		}),
		problems: bookingProblems(
			sessions.map((session) => session.date),
			settings,
		),
	};
}

/** Each session N weeks after the one before it as booked; closed days moved where asked and possible. */
function sessionDates(first: IsoDate, count: number, weeks: number, moves: MoveToOpenDay, settings: PlannerSettings) {
	const dates: { plannedDate: IsoDate; date: IsoDate; moved: boolean; nextOpenDate: IsoDate | null }[] = [];
	for (let index = 0; index < count; index += 1) {
		const previous = dates[index - 1]?.date ?? null;
		const plannedDate = previous === null ? first : addDays(previous, weeks * 7);
		const nextOpenDate = isClinicOpen(plannedDate, settings) ? null : bookableDay(plannedDate, previous, settings);
		const wantsMove = moves === 'all' || (Array.isArray(moves) && moves.includes(index + 1));
		const moved = wantsMove && nextOpenDate !== null;
		dates.push({ plannedDate, date: moved && nextOpenDate !== null ? nextOpenDate : plannedDate, moved, nextOpenDate });
	}
	return dates;
}

function checkCount(
	field: 'sessions' | 'weeksBetween',
	value: number,
	limits: { min: number; max: number },
	errors: CourseInputError[],
): number | null {
	if (!Number.isSafeInteger(value)) {
		errors.push({ field, error: 'notAWholeNumber', ...limits });
		return null;
	}
	if (value < limits.min) errors.push({ field, error: 'tooFew', ...limits });
	else if (value > limits.max) errors.push({ field, error: 'tooMany', ...limits });
	// A negative count cannot be mended into a plan; any other is clamped by the suggestions.
	return value >= 0 ? value : null;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}

