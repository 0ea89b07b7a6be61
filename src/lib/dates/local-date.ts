import { fromDateParts, toDateParts, type IsoDate } from './iso-date.ts';

/**
 * The bridge to the browser's clock and to date-fns formatting, used only at the edges.
 * The rules never call these: they work on {@link IsoDate} strings.
 */

/**
 * A `Date` at 12:00 local time on the given calendar day, for formatting with date-fns
 * (`format(toLocalDate(date), 'EEEE d MMMM', { locale })`). Noon keeps the day right where
 * a daylight-saving change skips or repeats midnight.
 *
 * @example
 * toLocalDate(isoDate('2027-03-12')).getDate()
 * //=> 12
 */
export function toLocalDate(date: IsoDate): Date {
	const { year, month, day } = toDateParts(date);
	const local = new Date(year, month - 1, day, 12);
	// The Date constructor reads years 0 to 99 as 1900 to 1999.
	local.setFullYear(year, month - 1, day);
	return local;
}

/**
 * The calendar day a `Date` falls on in the local time zone: how the page turns the
 * browser's clock into "today" before handing it to the rules.
 *
 * @returns `null` for an invalid `Date`.
 * @example
 * fromLocalDate(new Date(2027, 2, 12, 23, 59))
 * //=> '2027-03-12'
 */
export function fromLocalDate(value: Date): IsoDate | null {
	if (Number.isNaN(value.getTime())) return null;
	return fromDateParts({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
}
