import { addDays, addMonths, eachDay } from '../../rules/dates/calendar-steps.ts';
import { type IsoDate, toDateParts } from '../../rules/dates/iso-date.ts';
import { publicHolidayDates } from './holiday-process.ts';
import type { HolidayPlace } from './public-holidays.ts';
import { DAYS_AHEAD } from '../../rules/limits.ts';

/*
 * The days the clinic is closed besides its closed weekdays: public holidays (clinic.yaml,
 * `clinic.holidays`) and the clinic's own closures (`clinic.closures`). Worked out at build time;
 * the calculators get the result as a plain, sorted list of dates.
 */

/** A time the clinic is closed, both days included. */
export type Closure = { readonly from: IsoDate; readonly to: IsoDate };

/** The furthest the calculators look ahead, in the clinic's settings. */
export type Reach = {
	/** A first session or treatment may be up to a year ahead (the date fields' limit). */
	readonly daysAhead: number;
	readonly courseMaxMonths: number;
	/** The latest follow-up visit, in weeks after the last session. */
	readonly followUpWeeks: number;
};

/**
 * The years a calculator can reach from a build made on `buildDay`: from that year to the last
 * follow-up of the longest course that starts as late as allowed, plus one year, because a
 * site stays online after it is built. Rebuild the site once a year to keep the list ahead.
 *
 * @example
 * reachableYears(isoDate('2026-11-27'), { daysAhead: 365, courseMaxMonths: 6, followUpWeeks: 6 })
 * //=> { from: 2026, to: 2029 }
 */
export function reachableYears(buildDay: IsoDate, reach: Reach): { from: number; to: number } {
	// A course may also be moved past a closure: a month covers any such move.
	const latest = addDays(addMonths(addDays(buildDay, reach.daysAhead), reach.courseMaxMonths + 1), reach.followUpWeeks * 7);
	return { from: toDateParts(buildDay).year, to: toDateParts(latest).year + 1 };
}

/**
 * Every day the clinic is closed for a holiday or a closure in the given years, sorted, each once.
 *
 * @example
 * closedDates({ closures: [{ from: isoDate('2027-12-24'), to: isoDate('2027-12-27') }] }, { from: 2027, to: 2027 })
 * //=> ['2027-12-24', '2027-12-25', '2027-12-26', '2027-12-27']
 */
export function closedDates(
	clinic: { readonly holidays?: HolidayPlace | undefined; readonly closures: readonly Closure[] },
	years: { readonly from: number; readonly to: number },
): IsoDate[] {
	const holidays = clinic.holidays === undefined ? [] : publicHolidayDates(clinic.holidays, years.from, years.to);
	const closures = clinic.closures.flatMap((closure) => eachDay(closure.from, closure.to));
	return [...new Set([...holidays, ...closures])].sort();
}

/**
 * The closed dates the calculators need, from the validated clinic settings and the day of the
 * build: the holidays and closures from that day to the end of the years they can reach (see
 * `reachableYears`). Earlier days are never a session or treatment date, so they are left out.
 *
 * @example
 * clinicClosedDates({ clinic: { closures: [{ from: isoDate('2027-01-04'), to: isoDate('2027-01-05') }] }, treatment: { courseMaxMonths: 6, followUps: [] } }, isoDate('2026-11-27'))
 * //=> ['2027-01-04', '2027-01-05']
 */
export function clinicClosedDates(settings: ClosedDaySettings, buildDay: IsoDate): IsoDate[] {
	const years = clinicYears(settings, buildDay);
	return closedDates(settings.clinic, years).filter((date) => date >= buildDay && date <= `${years.to}-12-31`);
}

/**
 * The last day the calculators know the clinic's closed days for: the end of the last year
 * they reach from the build. A site visited after it is out of date, and says so (issue 28).
 *
 * @example
 * closedDaysKnownUntil({ clinic: { closures: [] }, treatment: { courseMaxMonths: 6, followUps: [] } }, isoDate('2026-11-27'))
 * //=> '2029-12-31'
 */
export function closedDaysKnownUntil(settings: ClosedDaySettings, buildDay: IsoDate): IsoDate {
	return `${clinicYears(settings, buildDay).to}-12-31` as IsoDate;
}

type ClosedDaySettings = {
	readonly clinic: { readonly holidays?: HolidayPlace | undefined; readonly closures: readonly Closure[] };
	readonly treatment: { readonly courseMaxMonths: number; readonly followUps: readonly { readonly weeksAfterLastSession: number }[] };
};

function clinicYears(settings: ClosedDaySettings, buildDay: IsoDate) {
	const followUpWeeks = Math.max(0, ...settings.treatment.followUps.map((visit) => visit.weeksAfterLastSession));
	return reachableYears(buildDay, { daysAhead: DAYS_AHEAD, courseMaxMonths: settings.treatment.courseMaxMonths, followUpWeeks });
}
