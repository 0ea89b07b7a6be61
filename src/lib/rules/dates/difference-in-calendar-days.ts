import { millisecondsInDay } from 'date-fns/constants';
import type { IsoDate } from './iso-date.ts';
import { toUtcDate } from './utc-date.ts';

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
	return (toUtcDate(later).getTime() - toUtcDate(earlier).getTime()) / millisecondsInDay;
}
