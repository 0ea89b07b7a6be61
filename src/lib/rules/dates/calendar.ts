import { UTCDateMini } from '@date-fns/utc/date/mini';
import { millisecondsInDay } from 'date-fns/constants';
import { fromDateParts, toDateParts, type IsoDate } from './iso-date.ts';

/*
 * The calendar arithmetic of the rules: this module and ./calendar-steps.ts are the only ones of
 * the rules that touch `Date` (docs/code-layout.md). This one counts and converts; the other
 * steps dates forward and back with date-fns's adders, apart so that a page that only checks a
 * typed date (the clinic letter) does not load them. Every date the rules pass around is an IsoDate (./iso-date.ts); here it
 * becomes a UTC midnight for date-fns and back. UTCDate reads and writes every field in UTC, so no
 * time zone or daylight-saving rule of the machine can move a calendar day. The islands ship this
 * code, so it uses UTCDateMini: the same UTC getters and setters without UTCDate's formatting.
 */

/** Day of the week as `Date#getDay` and date-fns count it: 0 is Sunday, 6 is Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A Date whose getters and setters all work in UTC. */
export type UtcDate = InstanceType<typeof UTCDateMini>;

/**
 * The UTC midnight that starts a calendar day, for date-fns (./calendar-steps.ts) and the counts here.
 *
 * @example
 * toUtc(isoDate('2027-03-12')).toISOString()
 * //=> '2027-03-12T00:00:00.000Z'
 */
export function toUtc(date: IsoDate): UtcDate {
	const { year, month, day } = toDateParts(date);
	const value = new UTCDateMini(0);
	// setFullYear, not Date.UTC: that reads the years 0 to 99 as 1900 to 1999.
	value.setFullYear(year, month - 1, day);
	return value;
}

/**
 * The calendar day a UTC date falls on.
 *
 * @throws {RangeError} naming `what` outside the years 1 to 9999.
 * @example
 * fromUtc(toUtc(isoDate('2027-03-12')), 'The date')
 * //=> '2027-03-12'
 */
export function fromUtc(value: UtcDate, what: string): IsoDate {
	const date = fromDateParts({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
	if (date === null) throw new RangeError(`${what} leaves the years 1 to 9999.`);
	return date;
}

/**
 * How many calendar days `later` is after `earlier` (negative when it is before).
 *
 * Both dates are UTC midnights, which no daylight-saving change moves, so their distance is a
 * whole number of date-fns's `millisecondsInDay`. date-fns's own differenceInCalendarDays first
 * corrects each date for the local time-zone offset, which a UTC date never has; its code put the
 * planner's island over its 20 kB budget.
 *
 * @example
 * differenceInCalendarDays(isoDate('2027-03-12'), isoDate('2027-03-08'))
 * //=> 4
 */
export function differenceInCalendarDays(later: IsoDate, earlier: IsoDate): number {
	return (toUtc(later).getTime() - toUtc(earlier).getTime()) / millisecondsInDay;
}

/**
 * The day of the week of a date, 0 (Sunday) to 6 (Saturday).
 *
 * @example
 * weekdayOf(isoDate('2027-03-12'))
 * //=> 5
 */
export function weekdayOf(date: IsoDate): Weekday {
	// UTCDate's getDay is getUTCDay: the weekday of the calendar date wherever the code runs.
	return toUtc(date).getDay() as Weekday;
}

/**
 * Counts days from 1 January 1970 (day 0) to a date; earlier dates are negative. For tests that
 * draw random dates as whole numbers.
 *
 * @example
 * toDayNumber(isoDate('1969-12-31'))
 * //=> -1
 */
export function toDayNumber(date: IsoDate): number {
	return toUtc(date).getTime() / millisecondsInDay;
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
	return fromUtc(new UTCDateMini(dayNumber * millisecondsInDay), `Day number ${dayNumber}`);
}

/** A moment in time as milliseconds since 1970 (UTC), as `Date.now()` gives it at the edge that reads the clock. */
export type Instant = number;

/**
 * The UTC midnight that starts a calendar day, as an {@link Instant}.
 *
 * @example
 * startOfDay(isoDate('1970-01-02'))
 * //=> 86400000
 */
export function startOfDay(date: IsoDate): Instant {
	return toUtc(date).getTime();
}

/**
 * The calendar day, in UTC, that a moment falls on; `null` for an invalid moment or one outside
 * the years 1 to 9999. For dates that arrive as moments: YAML reads an unquoted `2026-11-20` as
 * that day's UTC midnight, and date-holidays gives UTC times when asked for them.
 *
 * @example
 * calendarDayAt(Date.UTC(2026, 10, 20, 23, 59))
 * //=> '2026-11-20'
 */
export function calendarDayAt(instant: Instant): IsoDate | null {
	const value = new UTCDateMini(instant);
	if (Number.isNaN(value.getTime())) return null;
	return fromDateParts({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
}
