/**
 * Whether a year of the Gregorian calendar has a 29 February.
 *
 * @example
 * isLeapYear(2100)
 * //=> false
 */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The number of days in a month; `month` counts from 1 (January) to 12.
 * Returns 0 for a month outside 1 to 12.
 *
 * @example
 * daysInMonth(2028, 2)
 * //=> 29
 */
export function daysInMonth(year: number, month: number): number {
	if (month === 2 && isLeapYear(year)) return 29;
	return DAYS[month - 1] ?? 0;
}
