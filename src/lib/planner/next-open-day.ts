import { addDays } from '../dates/add-days.ts';
import type { IsoDate } from '../dates/iso-date.ts';
import { weekdayOf, type Weekday } from '../dates/weekday.ts';

/**
 * The first day on or after `date` when the clinic is open, or `null` when no weekday is open.
 *
 * @example
 * nextOpenDay(isoDate('2027-03-13'), [1, 2, 3, 4, 5])
 * //=> '2027-03-15'
 */
export function nextOpenDay(date: IsoDate, openWeekdays: readonly Weekday[]): IsoDate | null {
	for (let offset = 0; offset < 7; offset += 1) {
		const candidate = addDays(date, offset);
		if (openWeekdays.includes(weekdayOf(candidate))) return candidate;
	}
	return null;
}
