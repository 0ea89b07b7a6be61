import { differenceInCalendarDays, type Weekday, weekdayOf } from '../dates/calendar.ts';
import { addDays, addMonths } from '../dates/calendar-steps.ts';
import { compareDates } from '../dates/compare-dates.ts';
import { type IsoDate, isPlannableDate } from '../dates/iso-date.ts';
import { planHold, type HoldPlan } from '../medication/plan-hold.ts';
import type { MedicationRules } from '../medication/types.ts';
import { bookingProblems, type BookingProblem } from './bookable.ts';
import { nearestFittingPlans, type CourseSuggestion } from './nearest-plans.ts';
import { sessionDates, type MoveToOpenDay } from './session-dates.ts';
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
