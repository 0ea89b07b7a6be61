import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber, toDayNumber } from './calendar.ts';
import { isoDate } from './iso-date.ts';
import { oracleFromDayNumber } from '../../../../tests/support/calendar-oracle.ts';

describe('toDayNumber and fromDayNumber', () => {
	test.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-03-01', 11017],
		['2027-03-12', 20889],
		['0001-01-01', -719162],
		['9999-12-31', 2932896],
	])('%s is day %i', (date, dayNumber) => {
		expect(toDayNumber(isoDate(date))).toBe(dayNumber);
		expect(fromDayNumber(dayNumber)).toBe(date);
	});

	test('agrees with the hand-written calendar', () => {
		fc.assert(
			fc.property(fc.integer({ min: -719162, max: 2932896 }), (dayNumber) => {
				expect(fromDayNumber(dayNumber)).toBe(oracleFromDayNumber(dayNumber));
				expect(toDayNumber(isoDate(oracleFromDayNumber(dayNumber)))).toBe(dayNumber);
			}),
		);
	});

	test('agrees with Date.UTC, which no time zone can move', () => {
		fc.assert(
			fc.property(fc.integer({ min: -719162, max: 2932896 }), (dayNumber) => {
				const utc = new Date(dayNumber * 86_400_000);
				expect(fromDayNumber(dayNumber)).toBe(utc.toISOString().slice(0, 10));
			}),
		);
	});

	test.each([[-719163], [2932897], [1.5], [Number.NaN]])('refuses day %d, outside the years 1 to 9999', (dayNumber) => {
		expect(() => fromDayNumber(dayNumber)).toThrow(RangeError);
	});
});
