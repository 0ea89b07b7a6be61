import { type Weekday, weekdayOf } from '../dates/calendar.ts';
import { addDays } from '../dates/calendar-steps.ts';
import type { IsoDate } from '../dates/iso-date.ts';

/*
 * When the clinic is open: its open weekdays (clinic.yaml `clinic.openDays`), less its public
 * holidays and closures (`clinic.holidays`, `clinic.closures`), which the build turns into a
 * plain list of dates (src/lib/site/holidays). Both calculators use these, so a day is open or
 * closed in the same way everywhere.
 */

/** The clinic's days: open weekdays (0 is Sunday … 6 Saturday) and the dates it is closed on them. */
export type ClinicDays = {
	readonly openWeekdays: readonly Weekday[];
	/** Holidays and closures, sorted. */
	readonly closedDates: readonly IsoDate[];
};

/** The furthest a search for an open day looks: a year, so a long closure never hangs it. */
const MAX_SEARCH_DAYS = 366;

/**
 * Whether the clinic is open on a date: an open weekday that is not a holiday or closure.
 *
 * @example
 * [isClinicOpen(isoDate('2026-12-28'), { openWeekdays: [1, 2, 3, 4, 5], closedDates: [isoDate('2026-12-28')] }), isClinicOpen(isoDate('2026-12-29'), { openWeekdays: [1, 2, 3, 4, 5], closedDates: [isoDate('2026-12-28')] })]
 * //=> [false, true]
 */
export function isClinicOpen(date: IsoDate, days: ClinicDays): boolean {
	return days.openWeekdays.includes(weekdayOf(date)) && !days.closedDates.includes(date);
}

/**
 * The first day on or after `date` (or on or before it, with `step` -1) when the clinic is open,
 * within `limit` days of `date` (a year at most); `null` when there is none.
 *
 * @example
 * nextOpenDay(isoDate('2026-12-25'), { openWeekdays: [1, 2, 3, 4, 5], closedDates: [isoDate('2026-12-25'), isoDate('2026-12-28')] })
 * //=> '2026-12-29'
 */
export function nextOpenDay(date: IsoDate, days: ClinicDays, limit = MAX_SEARCH_DAYS, step: 1 | -1 = 1): IsoDate | null {
	for (let offset = 0; offset <= Math.min(limit, MAX_SEARCH_DAYS); offset += 1) {
		const candidate = addDays(date, offset * step);
		if (isClinicOpen(candidate, days)) return candidate;
	}
	return null;
}
