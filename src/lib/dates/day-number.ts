import { fromDateParts, toDateParts, type IsoDate } from './iso-date.ts';

/*
 * Whole-day arithmetic without Date objects, so no time zone or daylight-saving rule can
 * move a date. The conversions follow Howard Hinnant's public-domain "days_from_civil" and
 * "civil_from_days" algorithms for the proleptic Gregorian calendar.
 */

/**
 * Counts days from 1 January 1970 (day 0) to a date; earlier dates are negative.
 *
 * @example
 * toDayNumber(isoDate('1969-12-31'))
 * //=> -1
 */
export function toDayNumber(date: IsoDate): number {
	const { year, month, day } = toDateParts(date);
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const monthFromMarch = (month + 9) % 12;
	const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/**
 * The date a day number names (see {@link toDayNumber}).
 *
 * @throws {RangeError} when the day falls outside the years 1 to 9999.
 * @example
 * fromDayNumber(0)
 * //=> '1970-01-01'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
	if (!Number.isSafeInteger(dayNumber)) {
		throw new RangeError(`Day number ${dayNumber} is not a whole number.`);
	}
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
	const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	const date = fromDateParts({ year, month, day });
	if (date === null) {
		throw new RangeError(`Day number ${dayNumber} falls outside the years 1 to 9999.`);
	}
	return date;
}
