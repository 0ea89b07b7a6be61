import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { differenceInCalendarDays } from './calendar.ts';
import { isoDate } from './iso-date.ts';
import { anyDay, oracleDayNumber } from '../../../../tests/support/calendar-oracle.ts';


describe('differenceInCalendarDays', () => {
	test.each([
		['2027-03-12', '2027-03-08', 4],
		['2027-03-08', '2027-03-12', -4],
		['2027-03-12', '2027-03-12', 0],
		// Across a leap day, and across a year without one.
		['2028-03-01', '2028-02-28', 2],
		['2027-03-01', '2027-02-28', 1],
		// Across a year end.
		['2028-01-01', '2027-12-31', 1],
		// A whole leap year and a whole common year.
		['2029-01-01', '2028-01-01', 366],
		['2028-01-01', '2027-01-01', 365],
		// Across daylight-saving changes in Sao Paulo (2018), Lord Howe (2027) and Europe (2016).
		['2018-11-05', '2018-11-03', 2],
		['2027-10-04', '2027-10-02', 2],
		['2016-03-28', '2016-03-26', 2],
	])('%s − %s = %i', (later, earlier, expected) => {
		expect(differenceInCalendarDays(isoDate(later), isoDate(earlier))).toBe(expected);
	});

	test('agrees with the hand-written calendar in this time zone', () => {
		fc.assert(
			fc.property(anyDay, anyDay, (later, earlier) => {
				expect(differenceInCalendarDays(later, earlier)).toBe(oracleDayNumber(later) - oracleDayNumber(earlier));
			}),
		);
	});
});
