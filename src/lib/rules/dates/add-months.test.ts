import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addMonths } from './calendar-steps.ts';
import { isoDate } from './iso-date.ts';
import { anyDay, oracleAddMonths } from '../../../../tests/support/calendar-oracle.ts';


describe('addMonths', () => {
	test.each([
		// The brief: 31 August plus 6 months is 28 February, or 29 in a leap year.
		['2026-08-31', 6, '2027-02-28'],
		['2027-08-31', 6, '2028-02-29'],
		// Other month ends clamp to the shorter month.
		['2027-01-31', 1, '2027-02-28'],
		['2027-03-31', 1, '2027-04-30'],
		['2027-05-31', -1, '2027-04-30'],
		['2028-03-31', -1, '2028-02-29'],
		['2027-01-30', 1, '2027-02-28'],
		['2028-01-29', 1, '2028-02-29'],
		// Days that exist in every month do not move.
		['2027-03-12', 6, '2027-09-12'],
		['2027-03-28', 11, '2028-02-28'],
		// Year ends, forward and back.
		['2027-12-15', 1, '2028-01-15'],
		['2027-07-31', 6, '2028-01-31'],
		['2028-01-15', -1, '2027-12-15'],
		['2027-10-31', -24, '2025-10-31'],
		// Leap day to non-leap and back to leap.
		['2028-02-29', 12, '2029-02-28'],
		['2028-02-29', 48, '2032-02-29'],
		['2000-02-29', 1200, '2100-02-28'],
		['2027-03-12', 0, '2027-03-12'],
	])('%s + %i months = %s', (date, amount, expected) => {
		expect(addMonths(isoDate(date), amount)).toBe(expected);
	});

	test('agrees with the hand-written calendar in this time zone', () => {
		fc.assert(
			fc.property(anyDay, fc.integer({ min: -120, max: 120 }), (date, amount) => {
				expect(addMonths(date, amount)).toBe(oracleAddMonths(date, amount));
			}),
		);
	});

	test('never changes the day of the month except to clamp it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 20000, max: 60000 }), fc.integer({ min: -600, max: 600 }), (dayNumber, amount) => {
				const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
				const result = addMonths(isoDate(date), amount);
				const day = Number(date.slice(8));
				const resultDay = Number(result.slice(8));
				expect(resultDay === day || (resultDay < day && resultDay >= 28)).toBe(true);
			}),
		);
	});

	test.each([[0.5], [Number.NaN]])('refuses %d months', (amount) => {
		expect(() => addMonths(isoDate('2027-03-12'), amount)).toThrow(RangeError);
	});

	test('refuses to leave the year 9999', () => {
		expect(() => addMonths(isoDate('9999-12-31'), 1)).toThrow(RangeError);
	});
});
