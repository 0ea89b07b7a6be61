import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { differenceInCalendarDays, fromUtc, toUtc } from './calendar.ts';
import type { IsoDate } from './iso-date.ts';

/*
 * Stepping calendar dates forward and back with date-fns over @date-fns/utc: the other half of the
 * date module (./calendar.ts; docs/code-layout.md). Every step starts and ends on an IsoDate.
 */

function wholeOrThrow(amount: number, unit: string): void {
	if (!Number.isSafeInteger(amount)) throw new RangeError(`Cannot add ${amount} ${unit}: use a whole number.`);
}

/**
 * Adds whole calendar days to a date (a negative amount goes back). Works on calendar
 * days only, so the answer is the same in every time zone and across daylight-saving changes.
 *
 * @throws {RangeError} when `amount` is not a whole number or the result leaves the years 1 to 9999.
 * @example
 * addDays(isoDate('2027-03-12'), -4)
 * //=> '2027-03-08'
 */
export function addDays(date: IsoDate, amount: number): IsoDate {
	wholeOrThrow(amount, 'days');
	return fromUtc(addDaysFns(toUtc(date), amount), `Adding ${amount} days to ${date}`);
}

/**
 * Adds calendar months to a date (a negative amount goes back). When the day does not exist in
 * the target month, the answer is that month's last day: 31 August plus 6 months is 28 February,
 * or 29 February in a leap year.
 *
 * @throws {RangeError} when `amount` is not a whole number or the result leaves the years 1 to 9999.
 * @example
 * addMonths(isoDate('2027-08-31'), 6)
 * //=> '2028-02-29'
 */
export function addMonths(date: IsoDate, amount: number): IsoDate {
	wholeOrThrow(amount, 'months');
	return fromUtc(addMonthsFns(toUtc(date), amount), `Adding ${amount} months to ${date}`);
}

/**
 * Every date from `start` to `end`, both included, in order. Empty when `end` is before `start`.
 * (date-fns's eachDayOfInterval would list such an interval backwards, and weighs more in the
 * islands than this loop.)
 *
 * @example
 * eachDay(isoDate('2028-02-28'), isoDate('2028-03-01'))
 * //=> ['2028-02-28', '2028-02-29', '2028-03-01']
 */
export function eachDay(start: IsoDate, end: IsoDate): IsoDate[] {
	const count = differenceInCalendarDays(end, start) + 1;
	const first = toUtc(start);
	return Array.from({ length: Math.max(0, count) }, (_, index) => fromUtc(addDaysFns(first, index), `Listing the days from ${start}`));
}
