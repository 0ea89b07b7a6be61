import type { IsoDate } from './iso-date.ts';

/**
 * Orders two dates: -1 when `a` is earlier, 1 when later, 0 when the same day.
 * Usable directly as an `Array#sort` comparator.
 *
 * @example
 * compareDates(isoDate('2027-03-08'), isoDate('2027-03-12'))
 * //=> -1
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
	// Four-digit years make the ISO text order the calendar order.
	if (a < b) return -1;
	if (a > b) return 1;
	return 0;
}
