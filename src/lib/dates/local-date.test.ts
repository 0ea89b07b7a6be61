import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDateParts, isoDate } from './iso-date.ts';
import { fromLocalDate, toLocalDate } from './local-date.ts';

describe('toLocalDate and fromLocalDate', () => {
	test('give a Date at local noon on the same calendar day', () => {
		const value = toLocalDate(isoDate('2027-03-12'));
		expect([value.getFullYear(), value.getMonth(), value.getDate(), value.getHours()]).toEqual([2027, 2, 12, 12]);
	});

	test('keep years before 100 (the Date constructor would read them as 19xx)', () => {
		expect(toLocalDate(isoDate('0042-06-01')).getFullYear()).toBe(42);
	});

	test.each([
		// Just before and after local midnight: the local calendar day counts, not UTC's.
		[new Date(2027, 2, 12, 0, 0, 1), '2027-03-12'],
		[new Date(2027, 2, 12, 23, 59, 59), '2027-03-12'],
		[new Date(2027, 11, 31, 23, 59), '2027-12-31'],
	])('fromLocalDate(%s) → %s', (value, expected) => {
		expect(fromLocalDate(value)).toBe(expected);
	});

	test('an invalid Date gives null', () => {
		expect(fromLocalDate(new Date(Number.NaN))).toBeNull();
	});

	test('round-trip every day from 1995 to 2200 in this time zone', () => {
		// From 1995: Pacific/Kiritimati skipped 31 December 1994, so no local noon exists that day.
		fc.assert(
			fc.property(fc.integer({ min: 1995, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
				const date = fromDateParts({ year, month, day });
				if (date === null) return;
				expect(fromLocalDate(toLocalDate(date))).toBe(date);
			}),
		);
	});
});
