import { describe, expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import type { Weekday } from '../dates/weekday.ts';
import { nextOpenDay } from './next-open-day.ts';

const weekdays: Weekday[] = [1, 2, 3, 4, 5];

describe('nextOpenDay', () => {
	test.each([
		// An open day is its own next open day.
		['2027-03-12', weekdays, '2027-03-12'],
		// Saturday and Sunday move to Monday.
		['2027-03-13', weekdays, '2027-03-15'],
		['2027-03-14', weekdays, '2027-03-15'],
		// Across a month end and a year end.
		['2027-07-31', weekdays, '2027-08-02'],
		['2028-01-01', weekdays, '2028-01-03'],
		// Open only on Wednesdays.
		['2027-03-11', [3], '2027-03-17'],
		// A Saturday clinic in Turkey open Monday to Saturday.
		['2027-03-14', [1, 2, 3, 4, 5, 6], '2027-03-15'],
	] satisfies [string, Weekday[], string][])('%s with %j → %s', (date, open, expected) => {
		expect(nextOpenDay(isoDate(date), open)).toBe(expected);
	});

	test('no open weekday: null', () => {
		expect(nextOpenDay(isoDate('2027-03-12'), [])).toBeNull();
	});
});
