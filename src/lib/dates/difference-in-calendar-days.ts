import { differenceInCalendarDays as differenceFns } from 'date-fns/differenceInCalendarDays';
import type { IsoDate } from './iso-date.ts';
import { toUtcDate } from './utc-date.ts';

/**
 * How many calendar days `later` is after `earlier` (negative when it is before).
 *
 * @example
 * differenceInCalendarDays(isoDate('2027-03-12'), isoDate('2027-03-08'))
 * //=> 4
 */
export function differenceInCalendarDays(later: IsoDate, earlier: IsoDate): number {
	return differenceFns(toUtcDate(later), toUtcDate(earlier));
}
