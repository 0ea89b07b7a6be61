import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isoDate } from './iso-date.ts';
import { anyDay, oracleWeekday } from '../../../../tests/support/calendar-oracle.ts';
import { weekdayOf } from './calendar.ts';


describe('weekdayOf', () => {
	test.each([
		// The brief's example: treatment on Friday 12 March 2027, last dose on Monday 8 March.
		['2027-03-12', 5],
		['2027-03-08', 1],
		['1970-01-01', 4],
		['1969-12-31', 3],
		['2000-01-01', 6],
		['2028-02-29', 2],
		['2027-03-14', 0],
		// The proleptic Gregorian calendar starts on a Monday.
		['0001-01-01', 1],
	])('%s is weekday %i', (date, expected) => {
		expect(weekdayOf(isoDate(date))).toBe(expected);
	});

	test('agrees with the hand-written calendar in this time zone', () => {
		fc.assert(
			fc.property(anyDay, (date) => {
				expect(weekdayOf(date)).toBe(oracleWeekday(date));
			}),
		);
	});
});
