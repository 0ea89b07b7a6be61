import { describe, expect, test } from 'vitest';
import { isoDate } from '../../rules/dates/iso-date.ts';
import { closedDates, reachableYears } from './closed-dates.ts';
import { publicHolidayDates } from './holiday-process.ts';

describe('public holidays from date-holidays', () => {
	const england = publicHolidayDates({ country: 'GB', region: 'ENG' }, 2026, 2028);
	const turkiye = publicHolidayDates({ country: 'TR' }, 2026, 2028);

	test('England: Christmas, the Boxing Day substitute and New Year are closed; ordinary days are not', () => {
		expect(england).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-28', '2027-01-01', '2027-03-29', '2027-05-31', '2028-08-28']));
		expect(england).not.toContain('2026-12-29');
		expect(england).not.toContain('2027-03-01');
	});

	test('England and Scotland differ: 2 January and St Andrew’s Day are Scottish only', () => {
		const scotland = publicHolidayDates({ country: 'GB', region: 'SCT' }, 2027, 2027);
		expect(scotland).toContain('2027-01-04');
		expect(scotland).toContain('2027-11-30');
		expect(england).not.toContain('2027-11-30');
	});

	test('Türkiye: Republic Day, and every day of the religious holidays, but not the afternoon-only eves', () => {
		expect(turkiye).toContain('2027-10-29');
		expect(turkiye).toEqual(expect.arrayContaining(['2027-03-09', '2027-03-10', '2027-03-11']));
		expect(turkiye).not.toContain('2027-03-08');
		expect(turkiye).not.toContain('2027-03-12');
		expect(turkiye).toEqual(expect.arrayContaining(['2026-01-01', '2028-04-23']));
	});

	test('England 2027 exactly, whatever the build machine’s time zone (npm test runs this in several)', () => {
		// Dates come from the holiday's own wall-clock times, never the machine's zone.
		expect(england.filter((date) => date.startsWith('2027'))).toEqual([
			'2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28',
		]);
	});
});

describe('closedDates', () => {
	test('a closure closes each of its days, both ends included, and joins the holidays sorted and once each', () => {
		const dates = closedDates(
			{ holidays: { country: 'GB', region: 'ENG' }, closures: [{ from: isoDate('2027-12-24'), to: isoDate('2027-12-29') }] },
			{ from: 2027, to: 2027 },
		);
		expect(dates.filter((date) => date >= '2027-12-20')).toEqual(['2027-12-24', '2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28', '2027-12-29']);
		expect(dates).toContain('2027-01-01');
	});

	test('without holidays or closures nothing is closed', () => {
		expect(closedDates({ closures: [] }, { from: 2027, to: 2028 })).toEqual([]);
	});
});

test('the years reached cover a course started a year ahead, its follow-ups, and a year online', () => {
	expect(reachableYears(isoDate('2026-01-01'), { daysAhead: 365, courseMaxMonths: 24, followUpWeeks: 104 })).toEqual({ from: 2026, to: 2032 });
});
