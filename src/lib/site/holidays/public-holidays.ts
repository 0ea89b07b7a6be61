import Holidays from 'date-holidays';
import { calendarDayAt, startOfDay } from '../../rules/dates/calendar.ts';
import { eachDay } from '../../rules/dates/calendar-steps.ts';
import type { IsoDate } from '../../rules/dates/iso-date.ts';

/** Midday, in milliseconds after midnight: a day is closed when the holiday covers its noon. */
const NOON = 12 * 60 * 60 * 1000;

/*
 * Public holidays from the `date-holidays` package. Build time only, and in a process of its own:
 * the package and its data are large, so the build asks holiday-process.ts, which runs this file
 * in a child process (holiday-child.ts) and hands back plain data; the islands get the plain list
 * of dates (src/lib/runtime-imports.test.ts keeps the package out of the browser).
 */

/** Where the clinic is, for its public holidays: a country code and, optionally, a region code. */
export type HolidayPlace = { readonly country: string; readonly region?: string | undefined };

/**
 * The days the public holidays of a country (and region) close, in the years given, sorted.
 * Only public holidays and bank holidays count, substitute days included; a holiday closes a
 * day when it covers that day's noon, so a holiday that starts on the afternoon before (the eve
 * of a Turkish religious holiday) leaves the morning clinic of that eve open.
 *
 * @example
 * holidayDatesOf({ country: 'GB', region: 'ENG' }, 2026, 2026).filter((date) => date >= '2026-12-01')
 * //=> ['2026-12-25', '2026-12-26', '2026-12-28']
 */
export function holidayDatesOf(place: HolidayPlace, fromYear: number, toYear: number): IsoDate[] {
	// Times in UTC are the country's own wall-clock times: no time zone can move a day.
	const holidays = new Holidays(place.country, place.region ?? '', { timezone: 'UTC', types: ['public', 'bank'] });
	const closed = new Set<IsoDate>();
	for (let year = fromYear; year <= toYear; year += 1) {
		for (const holiday of holidays.getHolidays(year)) {
			const start = holiday.start.getTime();
			const end = holiday.end.getTime();
			const firstDay = calendarDayAt(start);
			const lastDay = calendarDayAt(end);
			if (firstDay === null || lastDay === null) throw new RangeError(`date-holidays gave ${holiday.name} no calendar day in ${year}.`);
			for (const day of eachDay(firstDay, lastDay)) {
				const noon = startOfDay(day) + NOON;
				if (start <= noon && noon < end) closed.add(day);
			}
		}
	}
	return [...closed].sort();
}

/**
 * Every country `date-holidays` knows (ISO 3166-1 codes, like "GB" or "TR") with the codes of its
 * regions (like "ENG"), sorted: what clinic.yaml may name in `clinic.holidays`.
 *
 * @example
 * knownPlaces()['GB']
 * //=> ['ALD', 'ENG', 'NIR', 'SCT', 'WLS']
 */
export function knownPlaces(): Record<string, string[]> {
	const holidays = new Holidays();
	return Object.fromEntries(Object.keys(holidays.getCountries()).map((country) => [country, Object.keys(holidays.getStates(country) ?? {}).sort()]));
}
