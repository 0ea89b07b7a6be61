/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD`, with no time and no time zone.
 *
 * The brand stops a plain string from being passed where a checked date is needed:
 * make one with {@link isIsoDate}, {@link isoDate}, {@link fromDateParts} or the parsers.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** The numeric parts of a calendar date. `month` counts from 1 (January) to 12. */
export type DateParts = {
	readonly year: number;
	readonly month: number;
	readonly day: number;
};

/** The earliest year an {@link IsoDate} can hold (four digits). */
export const MIN_ISO_YEAR = 1;
/** The latest year an {@link IsoDate} can hold (four digits). */
export const MAX_ISO_YEAR = 9999;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/*
 * Whether a day exists is the calendar's definition, not arithmetic: the Gregorian leap-year rule
 * and the months' lengths, with no Date. The arithmetic on dates is date-fns's, in ./calendar.ts,
 * the one module of the rules that touches Date; the tests hold both to the hand-written calendar
 * in tests/support/calendar-oracle.ts.
 */

/**
 * Whether a year of the Gregorian calendar has a 29 February.
 *
 * @example
 * isLeapYear(2100)
 * //=> false
 */
export function isLeapYear(year: number): boolean {
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

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
	return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * Whether numbers name a real calendar date between years 1 and 9999.
 *
 * @example
 * isValidDateParts({ year: 2027, month: 2, day: 29 })
 * //=> false
 */
export function isValidDateParts(parts: DateParts): boolean {
	const { year, month, day } = parts;
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		year >= MIN_ISO_YEAR &&
		year <= MAX_ISO_YEAR &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month)
	);
}

/**
 * Whether a value is a real calendar date written exactly as `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2027-02-30')
 * //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string') return false;
	const match = ISO_PATTERN.exec(value);
	if (!match) return false;
	return isValidDateParts({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/**
 * Checks a date literal written by a developer (settings defaults, tests) and brands it.
 * For anything a person typed, use `parseDateInput` instead: it never throws.
 *
 * @throws {TypeError} when the string is not a real date written as `YYYY-MM-DD`.
 * @example
 * isoDate('2027-03-12')
 * //=> '2027-03-12'
 */
export function isoDate(value: string): IsoDate {
	if (!isIsoDate(value)) {
		throw new TypeError(`"${value}" is not a calendar date written as YYYY-MM-DD.`);
	}
	return value;
}

/**
 * Builds an {@link IsoDate} from its parts, or `null` when the parts are not a real date.
 *
 * @example
 * fromDateParts({ year: 2027, month: 3, day: 8 })
 * //=> '2027-03-08'
 */
export function fromDateParts(parts: DateParts): IsoDate | null {
	if (!isValidDateParts(parts)) return null;
	const year = String(parts.year).padStart(4, '0');
	const month = String(parts.month).padStart(2, '0');
	const day = String(parts.day).padStart(2, '0');
	return `${year}-${month}-${day}` as IsoDate;
}

/**
 * Splits an {@link IsoDate} into numbers.
 *
 * @example
 * toDateParts(isoDate('2027-03-12'))
 * //=> { year: 2027, month: 3, day: 12 }
 */
export function toDateParts(date: IsoDate): DateParts {
	return {
		year: Number(date.slice(0, 4)),
		month: Number(date.slice(5, 7)),
		day: Number(date.slice(8, 10)),
	};
}
