import { differenceInCalendarDays as dateFnsDifference } from 'date-fns/differenceInCalendarDays';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { differenceInCalendarDays } from './difference-in-calendar-days.ts';
import { isoDate } from './iso-date.ts';
import { fromLocalDate, toLocalDate } from './local-date.ts';

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

	test('matches date-fns on local noon dates in this time zone', () => {
		const day = fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true });
		fc.assert(
			fc.property(day, day, (a, b) => {
				const later = fromLocalDate(a);
				const earlier = fromLocalDate(b);
				if (later === null || earlier === null) return;
				expect(differenceInCalendarDays(later, earlier)).toBe(dateFnsDifference(toLocalDate(later), toLocalDate(earlier)));
			}),
		);
	});
});
