import { toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';

/**
 * How many calendar days `later` is after `earlier` (negative when it is before).
 *
 * @example
 * differenceInCalendarDays(isoDate('2027-03-12'), isoDate('2027-03-08'))
 * //=> 4
 */
export function differenceInCalendarDays(later: IsoDate, earlier: IsoDate): number {
	return toDayNumber(later) - toDayNumber(earlier);
}
