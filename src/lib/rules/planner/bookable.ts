import { differenceInCalendarDays } from '../dates/calendar.ts';
import { addMonths } from '../dates/calendar-steps.ts';
import { compareDates } from '../dates/compare-dates.ts';
import type { IsoDate } from '../dates/iso-date.ts';
import { isClinicOpen, nextOpenDay } from '../clinic-days/open-days.ts';
import type { PlannerSettings } from './types.ts';

/*
 * One notion of a plan the clinic can book (issue 11), used for every plan the planner shows,
 * every move it offers and every plan it suggests:
 * - every session on a day the clinic is open (an open weekday, not a holiday or closure);
 * - every gap between sessions within the clinic's minimum and maximum weeks;
 * - the whole course within the month limit (content brief, section C).
 */

/** What stops a plan being bookable. `session` is the session's number (1 = first). */
export type BookingProblem =
	| { readonly problem: 'closed'; readonly session: number }
	| { readonly problem: 'gapTooShort' | 'gapTooLong'; readonly session: number; readonly days: number }
	| { readonly problem: 'tooLong'; readonly daysOver: number };

type Rules = Pick<PlannerSettings, 'openWeekdays' | 'closedDates' | 'weeksBetween' | 'courseMaxMonths'>;

/**
 * Everything that stops the clinic booking these session dates, in session order; empty when
 * the plan is bookable.
 *
 * @example
 * bookingProblems([isoDate('2027-03-08'), isoDate('2027-03-20')], defaultPlannerSettings)
 * //=> [{ problem: 'closed', session: 2 }, { problem: 'gapTooShort', session: 2, days: 12 }]
 */
export function bookingProblems(dates: readonly IsoDate[], rules: Rules): BookingProblem[] {
	const problems: BookingProblem[] = [];
	const [first] = dates;
	dates.forEach((date, index) => {
		if (!isClinicOpen(date, rules)) problems.push({ problem: 'closed', session: index + 1 });
		const previous = dates[index - 1];
		if (previous === undefined) return;
		const days = differenceInCalendarDays(date, previous);
		if (days < rules.weeksBetween.min * 7) problems.push({ problem: 'gapTooShort', session: index + 1, days });
		if (days > rules.weeksBetween.max * 7) problems.push({ problem: 'gapTooLong', session: index + 1, days });
	});
	const last = dates.at(-1);
	if (first !== undefined && last !== undefined) {
		const daysOver = differenceInCalendarDays(last, addMonths(first, rules.courseMaxMonths));
		if (daysOver > 0) problems.push({ problem: 'tooLong', daysOver });
	}
	return problems;
}

/**
 * The day to book instead of a session planned on a closed day: the next open day that keeps
 * the gap after the previous session within the clinic's maximum, or else the latest open day
 * before it that keeps the minimum gap; `null` when neither exists. The first session (no
 * previous one) only moves later, never before the day the patient chose.
 *
 * @example
 * bookableDay(isoDate('2027-05-31'), isoDate('2027-04-19'), { ...defaultPlannerSettings, closedDates: [isoDate('2027-05-31')] })
 * //=> '2027-05-28'
 */
export function bookableDay(planned: IsoDate, previous: IsoDate | null, rules: Rules): IsoDate | null {
	if (previous === null) return nextOpenDay(planned, rules);
	const gap = differenceInCalendarDays(planned, previous);
	const later = nextOpenDay(planned, rules, rules.weeksBetween.max * 7 - gap);
	if (later !== null) return later;
	const earlier = nextOpenDay(planned, rules, gap - rules.weeksBetween.min * 7, -1);
	return earlier !== null && compareDates(earlier, previous) > 0 ? earlier : null;
}
