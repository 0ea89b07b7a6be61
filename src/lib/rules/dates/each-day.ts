import { addDays } from './add-days.ts';
import { differenceInCalendarDays } from './difference-in-calendar-days.ts';
import type { IsoDate } from './iso-date.ts';

/**
 * Every date from `start` to `end`, both included, in order. Empty when `end` is before `start`.
 * (date-fns's eachDayOfInterval would list such an interval backwards, and weighs more in the
 * islands than these two calls.)
 *
 * @example
 * eachDay(isoDate('2028-02-28'), isoDate('2028-03-01'))
 * //=> ['2028-02-28', '2028-02-29', '2028-03-01']
 */
export function eachDay(start: IsoDate, end: IsoDate): IsoDate[] {
	const count = differenceInCalendarDays(end, start) + 1;
	return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(start, index));
}
