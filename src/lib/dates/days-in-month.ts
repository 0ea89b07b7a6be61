import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

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
	const first = new UTCDate(0);
	first.setFullYear(year, month - 1, 1);
	return getDaysInMonth(first);
}
