import { UTCDateMini } from '@date-fns/utc/date/mini';
import { fromDateParts, toDateParts, type IsoDate } from './iso-date.ts';

/** A Date whose getters and setters all work in UTC, as date-fns hands it back. */
export type UtcDate = InstanceType<typeof UTCDateMini>;

/*
 * The one conversion pair between the IsoDate strings the rules pass around and the UTCDate
 * values date-fns computes on. UTCDate reads and writes every field in UTC, so no time zone or
 * daylight-saving rule of the machine can move a calendar day. The islands ship this code, so it
 * uses UTCDateMini: the same UTC getters and setters without UTCDate's string formatting.
 */

/**
 * The UTC midnight that starts a calendar day, for date-fns.
 *
 * @example
 * toUtcDate(isoDate('2027-03-12')).toISOString()
 * //=> '2027-03-12T00:00:00.000Z'
 */
export function toUtcDate(date: IsoDate): UtcDate {
	const { year, month, day } = toDateParts(date);
	const value = new UTCDateMini(Date.UTC(year, month - 1, day));
	// Date.UTC reads the years 0 to 99 as 1900 to 1999; setFullYear keeps them as they are.
	if (year < 100) value.setFullYear(year, month - 1, day);
	return value;
}

/**
 * The calendar day a UTCDate falls on, or `null` outside the years 1 to 9999.
 *
 * @example
 * fromUtcDate(toUtcDate(isoDate('2027-03-12')))
 * //=> '2027-03-12'
 */
export function fromUtcDate(value: UtcDate): IsoDate | null {
	return fromDateParts({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
}

/**
 * {@link fromUtcDate} for a result that must stay within the years 1 to 9999.
 *
 * @throws {RangeError} naming `what` when it does not.
 * @example
 * fromUtcDateOrThrow(toUtcDate(isoDate('2027-03-12')), 'The date')
 * //=> '2027-03-12'
 */
export function fromUtcDateOrThrow(value: UtcDate, what: string): IsoDate {
	const date = fromUtcDate(value);
	if (date === null) throw new RangeError(`${what} leaves the years 1 to 9999.`);
	return date;
}
