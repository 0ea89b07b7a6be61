import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from './calendar-steps.ts';
import { isoDate } from './iso-date.ts';
import { anyDay, oracleDayNumber, oracleFromDayNumber } from '../../../../tests/support/calendar-oracle.ts';


describe('addDays', () => {
	test.each([
		// The brief's example: the last dose is 4 days before a Friday 12 March treatment.
		['2027-03-12', -4, '2027-03-08'],
		['2027-03-12', 0, '2027-03-12'],
		// Month ends.
		['2027-01-31', 1, '2027-02-01'],
		['2027-04-30', 1, '2027-05-01'],
		['2027-03-01', -1, '2027-02-28'],
		// Year ends.
		['2027-12-31', 1, '2028-01-01'],
		['2028-01-01', -1, '2027-12-31'],
		// Leap days: 2028 has a 29 February, 2027 and 2100 do not, 2000 does.
		['2028-02-28', 1, '2028-02-29'],
		['2028-02-29', 1, '2028-03-01'],
		['2027-02-28', 1, '2027-03-01'],
		['2100-02-28', 1, '2100-03-01'],
		['2000-02-28', 1, '2000-02-29'],
		['2028-03-01', -4, '2028-02-26'],
		// Daylight-saving changes (calendar days never notice them):
		// Sao Paulo skipped midnight on 4 November 2018,
		['2018-11-03', 1, '2018-11-04'],
		['2018-11-04', 1, '2018-11-05'],
		// Lord Howe moves its clocks by half an hour on 3 October 2027,
		['2027-10-02', 2, '2027-10-04'],
		// Istanbul and most of Europe changed clocks on 27 March 2016.
		['2016-03-26', 2, '2016-03-28'],
		// Kiritimati skipped 31 December 1994 entirely; the calendar date still exists.
		['1994-12-30', 1, '1994-12-31'],
		['1994-12-31', 1, '1995-01-01'],
		// Long spans.
		['2027-03-12', 365, '2028-03-11'],
		['2027-03-12', 366, '2028-03-12'],
	])('%s + %i days = %s', (date, amount, expected) => {
		expect(addDays(isoDate(date), amount)).toBe(expected);
	});

	test('agrees with the hand-written calendar in this time zone', () => {
		fc.assert(
			fc.property(anyDay, fc.integer({ min: -1000, max: 1000 }), (date, amount) => {
				expect(addDays(date, amount)).toBe(oracleFromDayNumber(oracleDayNumber(date) + amount));
			}),
		);
	});

	test('never changes its input', () => {
		const date = isoDate('2027-03-12');
		addDays(date, 5);
		expect(date).toBe('2027-03-12');
	});

	test.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %d days', (amount) => {
		expect(() => addDays(isoDate('2027-03-12'), amount)).toThrow(RangeError);
	});

	test('refuses to leave the year 9999', () => {
		expect(() => addDays(isoDate('9999-12-31'), 1)).toThrow(RangeError);
	});
});
