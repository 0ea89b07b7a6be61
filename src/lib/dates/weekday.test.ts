import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isoDate } from './iso-date.ts';
import { fromLocalDate, toLocalDate } from './local-date.ts';
import { weekdayOf } from './weekday.ts';

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

	test('matches Date#getDay in this time zone', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }), (value) => {
				const date = fromLocalDate(value);
				if (date === null) return;
				expect(weekdayOf(date)).toBe(toLocalDate(date).getDay());
			}),
		);
	});
});
