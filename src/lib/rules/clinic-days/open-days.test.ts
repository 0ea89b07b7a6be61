import { describe, expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import type { Weekday } from '../dates/calendar.ts';
import { isClinicOpen, nextOpenDay } from './open-days.ts';

const weekdays: Weekday[] = [1, 2, 3, 4, 5];
const days = (openWeekdays: Weekday[], closed: string[] = []) => ({ openWeekdays, closedDates: closed.map(isoDate) });

describe('nextOpenDay', () => {
	test.each([
		// An open day is its own next open day.
		['2027-03-12', weekdays, '2027-03-12'],
		// Saturday and Sunday move to Monday.
		['2027-03-13', weekdays, '2027-03-15'],
		['2027-03-14', weekdays, '2027-03-15'],
		// Across a month end and a year end.
		['2027-07-31', weekdays, '2027-08-02'],
		['2028-01-01', weekdays, '2028-01-03'],
		// Open only on Wednesdays.
		['2027-03-11', [3], '2027-03-17'],
		// A Saturday clinic in Turkey open Monday to Saturday.
		['2027-03-14', [1, 2, 3, 4, 5, 6], '2027-03-15'],
	] satisfies [string, Weekday[], string][])('%s with %j → %s', (date, open, expected) => {
		expect(nextOpenDay(isoDate(date), days(open))).toBe(expected);
	});

	test('holidays and closures are skipped like closed weekdays: Christmas 2026 in England moves to Tuesday 29 December', () => {
		const england = days(weekdays, ['2026-12-25', '2026-12-26', '2026-12-28']);
		expect(nextOpenDay(isoDate('2026-12-25'), england)).toBe('2026-12-29');
		expect(isClinicOpen(isoDate('2026-12-28'), england)).toBe(false);
		expect(isClinicOpen(isoDate('2026-12-29'), england)).toBe(true);
	});

	test('backwards, and within a limit', () => {
		expect(nextOpenDay(isoDate('2027-05-31'), days(weekdays, ['2027-05-31']), 7, -1)).toBe('2027-05-28');
		expect(nextOpenDay(isoDate('2027-03-13'), days(weekdays), 1)).toBeNull();
	});

	test('no open weekday, or a closure longer than a year: null, not an endless search', () => {
		expect(nextOpenDay(isoDate('2027-03-12'), days([]))).toBeNull();
	});
});
