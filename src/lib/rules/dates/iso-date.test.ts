import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDateParts, isIsoDate, isoDate, isValidDateParts, toDateParts } from './iso-date.ts';

describe('isIsoDate', () => {
	test.each([
		// Real dates written exactly as YYYY-MM-DD.
		['2027-03-12', true],
		['0001-01-01', true],
		['9999-12-31', true],
		// Leap days: 2028 and 2000 are leap years, 2027 and 2100 are not.
		['2028-02-29', true],
		['2000-02-29', true],
		['2027-02-29', false],
		['2100-02-29', false],
		// Days that do not exist.
		['2027-02-30', false],
		['2027-04-31', false],
		['2027-13-01', false],
		['2027-00-10', false],
		['2027-03-00', false],
		['0000-01-01', false],
		// Other spellings are for the parser, not for this check.
		['2027-3-12', false],
		['12/03/2027', false],
		[' 2027-03-12', false],
		['2027-03-12T00:00:00Z', false],
		['', false],
	])('%j → %s', (value, expected) => {
		expect(isIsoDate(value)).toBe(expected);
	});

	test.each([[undefined], [null], [20270312], [new Date(2027, 2, 12)], [{}]])('a non-string (%j) is not a date', (value) => {
		expect(isIsoDate(value)).toBe(false);
	});
});

describe('isoDate', () => {
	test('brands a valid literal', () => {
		expect(isoDate('2027-03-12')).toBe('2027-03-12');
	});

	test('throws, naming the value, for an invalid literal', () => {
		expect(() => isoDate('2027-02-30')).toThrow('"2027-02-30" is not a calendar date written as YYYY-MM-DD.');
	});
});

describe('fromDateParts and toDateParts', () => {
	test('pads years, months and days', () => {
		expect(fromDateParts({ year: 987, month: 3, day: 8 })).toBe('0987-03-08');
	});

	test.each([
		[{ year: 2027, month: 2, day: 29 }],
		[{ year: 2027, month: 1.5, day: 1 }],
		[{ year: Number.NaN, month: 1, day: 1 }],
		[{ year: 10000, month: 1, day: 1 }],
		[{ year: 0, month: 1, day: 1 }],
	])('%j is not a date', (parts) => {
		expect(isValidDateParts(parts)).toBe(false);
		expect(fromDateParts(parts)).toBeNull();
	});

	test('round-trips every valid date', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
				const date = fromDateParts({ year, month, day });
				if (date === null) return;
				expect(isIsoDate(date)).toBe(true);
				expect(toDateParts(date)).toEqual({ year, month, day });
			}),
		);
	});
});
