import { describe, expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import { defaultPlannerSettings } from '../../../../tests/unit/support/planner-settings.ts';
import { bookableDay, bookingProblems } from './bookable.ts';

const dates = (...list: string[]) => list.map(isoDate);
/** Monday to Friday, 2 to 6 weeks apart, 6 months; Easter Monday and the Spring bank holiday 2027 closed. */
const rules = { ...defaultPlannerSettings, closedDates: dates('2027-03-29', '2027-05-31') };

describe('bookingProblems', () => {
	test('open days, gaps within limits, inside the month limit: bookable', () => {
		expect(bookingProblems(dates('2027-03-01', '2027-03-30', '2027-04-26'), rules)).toEqual([]);
	});

	test('a weekend, a bank holiday, a gap too short or too long, and a course too long are each named', () => {
		expect(bookingProblems(dates('2027-03-06', '2027-03-29'), rules)).toEqual([
			{ problem: 'closed', session: 1 },
			{ problem: 'closed', session: 2 },
		]);
		expect(bookingProblems(dates('2027-03-08', '2027-03-19'), rules)).toEqual([{ problem: 'gapTooShort', session: 2, days: 11 }]);
		expect(bookingProblems(dates('2027-03-01', '2027-04-13'), rules)).toEqual([{ problem: 'gapTooLong', session: 2, days: 43 }]);
		expect(bookingProblems(dates('2027-03-01', '2027-04-12', '2027-05-24', '2027-07-05', '2027-08-16', '2027-09-27'), rules)).toEqual([
			{ problem: 'tooLong', daysOver: 26 },
		]);
	});

	test('no sessions: nothing to book, nothing wrong', () => {
		expect(bookingProblems([], rules)).toEqual([]);
	});
});

describe('bookableDay', () => {
	test('the next open day, when it keeps the gap within the maximum', () => {
		expect(bookableDay(isoDate('2027-03-29'), isoDate('2027-03-01'), rules)).toBe('2027-03-30');
		expect(bookableDay(isoDate('2027-03-06'), null, rules)).toBe('2027-03-08');
	});

	test('the open day before, when the next one would make the gap too long', () => {
		// 6 weeks (the most allowed) after Monday 19 April is the Spring bank holiday.
		expect(bookableDay(isoDate('2027-05-31'), isoDate('2027-04-19'), rules)).toBe('2027-05-28');
	});

	test('none, when neither way keeps the gap within the limits', () => {
		const onlyMondays = { ...rules, openWeekdays: [1] as const, weeksBetween: { default: 2, min: 2, max: 2 } };
		expect(bookableDay(isoDate('2027-05-31'), isoDate('2027-05-17'), onlyMondays)).toBeNull();
	});
});
