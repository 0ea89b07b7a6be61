import { describe, expect, test } from 'vitest';
import { eachDay } from './calendar-steps.ts';
import { isoDate } from './iso-date.ts';

describe('eachDay', () => {
	test.each([
		// The brief's example: the medicine-free days before Friday 12 March 2027.
		['2027-03-09', '2027-03-12', ['2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12']],
		// A leap day in the middle.
		['2028-02-28', '2028-03-01', ['2028-02-28', '2028-02-29', '2028-03-01']],
		// A year end in the middle.
		['2027-12-31', '2028-01-01', ['2027-12-31', '2028-01-01']],
		// One day.
		['2027-03-12', '2027-03-12', ['2027-03-12']],
		// The end before the start gives nothing.
		['2027-03-12', '2027-03-11', []],
	])('%s to %s', (start, end, expected) => {
		expect(eachDay(isoDate(start), isoDate(end))).toEqual(expected);
	});
});
