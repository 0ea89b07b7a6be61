import { describe, expect, test } from 'vitest';
import { differenceInCalendarDays } from '../dates/calendar.ts';
import { addDays, addMonths } from '../dates/calendar-steps.ts';
import { isoDate } from '../dates/iso-date.ts';
import { shortestMonthsInDays } from './shortest-months.ts';

describe('shortestMonthsInDays', () => {
	test.each([
		// One month can be as short as February: 31 January → 28 February, or 1 February → 1 March.
		[1, 28],
		// Six months: 31 August → 28 February (not a leap year) is 181 days.
		[6, 181],
		// Twelve months: a common year.
		[12, 365],
	])('%i months → %i days', (months, days) => {
		expect(shortestMonthsInDays(months)).toBe(days);
	});

	test('agrees with checking every start day over eight years, leap and common', () => {
		for (const months of [1, 2, 6, 13]) {
			let shortest = Number.POSITIVE_INFINITY;
			for (let day = 0; day < 8 * 366; day += 1) {
				const start = addDays(isoDate('2096-01-01'), day);
				shortest = Math.min(shortest, differenceInCalendarDays(addMonths(start, months), start));
			}
			expect(shortestMonthsInDays(months)).toBe(shortest);
		}
	});
});
