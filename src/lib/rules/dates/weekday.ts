import type { IsoDate } from './iso-date.ts';
import { toUtcDate } from './utc-date.ts';

/** Day of the week as `Date#getDay` and date-fns count it: 0 is Sunday, 6 is Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The day of the week of a date, 0 (Sunday) to 6 (Saturday).
 *
 * @example
 * weekdayOf(isoDate('2027-03-12'))
 * //=> 5
 */
export function weekdayOf(date: IsoDate): Weekday {
	// UTCDate's getDay is getUTCDay: the weekday of the calendar date wherever the code runs.
	return toUtcDate(date).getDay() as Weekday;
}
