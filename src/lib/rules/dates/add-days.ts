import { addDays as addDaysFns } from 'date-fns/addDays';
import type { IsoDate } from './iso-date.ts';
import { fromUtcDateOrThrow, toUtcDate } from './utc-date.ts';

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
	if (!Number.isSafeInteger(amount)) {
		throw new RangeError(`Cannot add ${amount} days: use a whole number.`);
	}
	return fromUtcDateOrThrow(addDaysFns(toUtcDate(date), amount), `Adding ${amount} days to ${date}`);
}
