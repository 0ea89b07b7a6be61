import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import type { IsoDate } from './iso-date.ts';
import { fromUtcDateOrThrow, toUtcDate } from './utc-date.ts';

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
	if (!Number.isSafeInteger(amount)) {
		throw new RangeError(`Cannot add ${amount} months: use a whole number.`);
	}
	return fromUtcDateOrThrow(addMonthsFns(toUtcDate(date), amount), `Adding ${amount} months to ${date}`);
}
