import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { IsoDate } from './iso-date.ts';
import { fromUtcDateOrThrow, toUtcDate } from './utc-date.ts';

/*
 * Day numbers (days since 1 January 1970) for tests that draw random dates as whole numbers.
 * The counting is date-fns's; the rules themselves work on IsoDate strings.
 */
const EPOCH = new UTCDate(0);

/**
 * Counts days from 1 January 1970 (day 0) to a date; earlier dates are negative.
 *
 * @example
 * toDayNumber(isoDate('1969-12-31'))
 * //=> -1
 */
export function toDayNumber(date: IsoDate): number {
	return differenceInCalendarDays(toUtcDate(date), EPOCH);
}

/**
 * The date a day number names (see {@link toDayNumber}).
 *
 * @throws {RangeError} when the day falls outside the years 1 to 9999.
 * @example
 * fromDayNumber(0)
 * //=> '1970-01-01'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
	if (!Number.isSafeInteger(dayNumber)) {
		throw new RangeError(`Day number ${dayNumber} is not a whole number.`);
	}
	return fromUtcDateOrThrow(addDays(EPOCH, dayNumber), `Day number ${dayNumber}`);
}
