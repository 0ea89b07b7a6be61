import { describe, expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import { clinicOnDay } from './clinic-today.ts';

describe('clinicOnDay: can the clinic be called today?', () => {
	const weekdays = [1, 2, 3, 4, 5] as const;
	test.each([
		// Wednesday 10 March 2027: open.
		['2027-03-10', undefined, { open: true }],
		// Saturday and Sunday: the weekend, open again on Monday.
		['2027-03-06', undefined, { open: false, reason: 'weekend', reopens: '2027-03-08' }],
		['2027-03-07', undefined, { open: false, reason: 'weekend', reopens: '2027-03-08' }],
		// A holiday passed in as a closed date, on a Monday: open again on Tuesday.
		['2027-03-08', ['2027-03-08'], { open: false, reason: 'closedDate', reopens: '2027-03-09' }],
		// A Friday holiday: open again after the weekend.
		['2027-03-05', ['2027-03-05'], { open: false, reason: 'closedDate', reopens: '2027-03-08' }],
	])('today %s, closed %j → %j', (today, closedDates, clinicToday) => {
		expect(clinicOnDay(isoDate(today), { openWeekdays: [...weekdays], closedDates: closedDates?.map(isoDate) ?? [] })).toEqual(clinicToday);
	});

	test('a weekday the clinic does not open is a closed day, not a weekend', () => {
		expect(clinicOnDay(isoDate('2027-03-10'), { openWeekdays: [1, 2, 4, 5], closedDates: [] })).toEqual({ open: false, reason: 'closedDay', reopens: '2027-03-11' });
	});

	test('without a clinic calendar, or a clinic that never opens', () => {
		expect(clinicOnDay(isoDate('2027-03-06'), undefined)).toEqual({ open: true });
		expect(clinicOnDay(isoDate('2027-03-06'), { openWeekdays: [], closedDates: [] })).toEqual({
			open: false,
			reason: 'weekend',
			reopens: null,
		});
	});
});
