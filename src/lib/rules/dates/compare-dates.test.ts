import { describe, expect, test } from 'vitest';
import { compareDates } from './compare-dates.ts';
import { isoDate } from './iso-date.ts';

describe('compareDates', () => {
	test.each([
		['2027-03-08', '2027-03-12', -1],
		['2027-03-12', '2027-03-08', 1],
		['2027-03-12', '2027-03-12', 0],
		// Month and year ends.
		['2027-12-31', '2028-01-01', -1],
		['2028-02-29', '2028-03-01', -1],
		['0999-12-31', '1000-01-01', -1],
	])('%s vs %s → %i', (a, b, expected) => {
		expect(compareDates(isoDate(a), isoDate(b))).toBe(expected);
	});

	test('sorts an array of dates into calendar order without changing the input', () => {
		const dates = Object.freeze([isoDate('2028-01-01'), isoDate('2027-03-12'), isoDate('2027-12-31')]);
		expect([...dates].sort(compareDates)).toEqual(['2027-03-12', '2027-12-31', '2028-01-01']);
		expect(dates).toEqual(['2028-01-01', '2027-03-12', '2027-12-31']);
	});
});
