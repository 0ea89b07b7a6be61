import { differenceInCalendarDays } from '../dates/calendar.ts';
import { addMonths } from '../dates/calendar-steps.ts';
import { fromDateParts } from '../dates/iso-date.ts';

const cache = new Map<number, number>();

/**
 * The fewest calendar days that `months` calendar months can span, over every possible start
 * date (month-end dates clamp: 31 August plus 6 months is 28 February). A course whose sessions
 * span no more than this fits the month limit whatever the first session's date.
 *
 * @example
 * shortestMonthsInDays(6)
 * //=> 181
 */
export function shortestMonthsInDays(months: number): number {
	const known = cache.get(months);
	if (known !== undefined) return known;
	// 1601 to 2000 is one whole 400-year cycle of the Gregorian calendar, so every pattern of
	// month lengths and leap years occurs in it. Only the first and last days of a month can
	// give the shortest span (clamping shortens month ends; the others shift evenly).
	let shortest = Number.POSITIVE_INFINITY;
	for (let year = 1601; year <= 2000; year += 1) {
		for (let month = 1; month <= 12; month += 1) {
			for (const day of [1, 2, 3, 28, 29, 30, 31]) {
				const date = fromDateParts({ year, month, day });
				if (date !== null) shortest = Math.min(shortest, differenceInCalendarDays(addMonths(date, months), date));
			}
		}
	}
	cache.set(months, shortest);
	return shortest;
}
