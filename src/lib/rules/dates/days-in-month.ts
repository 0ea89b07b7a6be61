import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';

/**
 * Whether a year of the Gregorian calendar has a 29 February.
 *
 * @example
 * isLeapYear(2100)
 * //=> false
 */
export function isLeapYear(year: number): boolean {
	return daysInMonth(year, 2) === 29;
}

/**
 * The number of days in a month; `month` counts from 1 (January) to 12.
 * Returns 0 for a month outside 1 to 12.
 *
 * @example
 * daysInMonth(2028, 2)
 * //=> 29
 */
export function daysInMonth(year: number, month: number): number {
	if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return 0;
	// Day 0 of the next month is the last day of this one: the Date calendar's own rule, in UTC
	// (date-fns's getDaysInMonth does the same, and the islands ship this without it).
	const last = new UTCDate(0);
	last.setFullYear(year, month, 0);
	return last.getDate();
}
