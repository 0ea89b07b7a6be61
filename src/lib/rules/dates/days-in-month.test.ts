import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { oracleDaysInMonth, oracleIsLeapYear } from '../../../../tests/support/calendar-oracle.ts';
import { daysInMonth, isLeapYear } from './iso-date.ts';

describe('isLeapYear', () => {
	test.each([
		// Every fourth year...
		[2028, true],
		[2027, false],
		// ...except whole centuries...
		[2100, false],
		[1900, false],
		// ...unless divisible by 400.
		[2000, true],
		[2400, true],
	])('%i → %s', (year, expected) => {
		expect(isLeapYear(year)).toBe(expected);
	});
});

describe('daysInMonth', () => {
	test.each([
		[2027, 1, 31],
		[2027, 2, 28],
		[2028, 2, 29],
		[2100, 2, 28],
		[2027, 4, 30],
		[2027, 8, 31],
		[2027, 12, 31],
		// Outside 1 to 12 there is no month.
		[2027, 0, 0],
		[2027, 13, 0],
	])('%i-%i has %i days', (year, month, expected) => {
		expect(daysInMonth(year, month)).toBe(expected);
	});

	test('agrees with the hand-written calendar for every month of the years 1 to 9999', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
				expect(daysInMonth(year, month)).toBe(oracleDaysInMonth(year, month));
				expect(isLeapYear(year)).toBe(oracleIsLeapYear(year));
			}),
		);
	});
});
