import Holidays from 'date-holidays';
import { calendarDayAt, startOfDay } from '../../rules/dates/calendar.ts';
import { eachDay } from '../../rules/dates/calendar-steps.ts';
import type { IsoDate } from '../../rules/dates/iso-date.ts';

/** Midday, in milliseconds after midnight: a day is closed when the holiday covers its noon. */
const NOON = 12 * 60 * 60 * 1000;

/*
 * Public holidays from the `date-holidays` package. Build time only: the package and its data
 * are large, so pages call this and hand the islands the plain list of dates it returns
 * (src/lib/runtime-imports.test.ts keeps it out of the browser).
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
 * publicHolidayDates({ country: 'GB', region: 'ENG' }, 2026, 2026).filter((date) => date >= '2026-12-01')
 * //=> ['2026-12-25', '2026-12-26', '2026-12-28']
 */
export function publicHolidayDates(place: HolidayPlace, fromYear: number, toYear: number): IsoDate[] {
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
 * Whether `date-holidays` knows a country code (ISO 3166-1, like "GB" or "TR") and, when one is
 * given, a region code within it (like "ENG").
 *
 * @example
 * [isKnownPlace({ country: 'GB', region: 'ENG' }), isKnownPlace({ country: 'GB', region: 'XX' }), isKnownPlace({ country: 'ZZ' })]
 * //=> [true, false, false]
 */
export function isKnownPlace(place: HolidayPlace): boolean {
	const holidays = new Holidays();
	if (!Object.hasOwn(holidays.getCountries(), place.country)) return false;
	if (place.region === undefined) return true;
	return Object.hasOwn(holidays.getStates(place.country) ?? {}, place.region);
}

/**
 * The region codes `date-holidays` knows for a country, for messages to the clinic.
 *
 * @example
 * regionsOf('GB')
 * //=> ['ALD', 'ENG', 'NIR', 'SCT', 'WLS']
 */
export function regionsOf(country: string): string[] {
	return Object.keys(new Holidays().getStates(country) ?? {}).sort();
}
