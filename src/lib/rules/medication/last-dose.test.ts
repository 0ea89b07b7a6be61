import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../dates/calendar-steps.ts';
import { isoDate } from '../dates/iso-date.ts';
import { daysBeforeFromLastDose, lastDoseFromDaysBefore } from './last-dose.ts';

describe('a last-dose date and days before treatment are the same stop', () => {
	test('the worked example: last dose Saturday 6 March for a Friday 12 March 2027 treatment is 5 days before', () => {
		expect(daysBeforeFromLastDose(isoDate('2027-03-12'), isoDate('2027-03-06'))).toBe(5);
		expect(lastDoseFromDaysBefore(isoDate('2027-03-12'), 5)).toBe('2027-03-06');
	});

	test('"last dose 2 days before" is 1 day free before the treatment day, not 2', () => {
		expect(daysBeforeFromLastDose(isoDate('2027-03-12'), isoDate('2027-03-10'))).toBe(1);
	});

	test('a last dose on or after the treatment day is negative', () => {
		expect(daysBeforeFromLastDose(isoDate('2027-03-12'), isoDate('2027-03-12'))).toBe(-1);
	});

	test('across month ends and leap days, each undoes the other', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 30 }), (offset, days) => {
				const treatment = addDays(isoDate('2027-01-01'), offset);
				expect(daysBeforeFromLastDose(treatment, lastDoseFromDaysBefore(treatment, days))).toBe(days);
			}),
		);
	});
});
