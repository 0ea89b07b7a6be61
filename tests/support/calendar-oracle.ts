/**
 * A hand-written proleptic Gregorian calendar, kept only as the independent oracle that the
 * property tests compare src/lib/rules/dates (date-fns over UTCDate) against. It shares no code with
 * date-fns and uses no Date object, so a time zone cannot move its answers. The day numbers
 * follow Howard Hinnant's public-domain "days_from_civil" and "civil_from_days" algorithms.
 */
import fc from 'fast-check';
import { isoDate } from '../../src/lib/rules/dates/iso-date.ts';

export interface OracleDate {
	year: number;
	month: number;
	day: number;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function oracleIsLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function oracleDaysInMonth(year: number, month: number): number {
	if (month === 2 && oracleIsLeapYear(year)) return 29;
	return DAYS[month - 1] ?? 0;
}

/** Days from 1 January 1970 (day 0) to a date given as `YYYY-MM-DD`. */
export function oracleDayNumber(iso: string): number {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const monthFromMarch = (month + 9) % 12;
	const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** The `YYYY-MM-DD` date of a day number (see {@link oracleDayNumber}). */
export function oracleFromDayNumber(dayNumber: number): string {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
	const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return oracleFormat({ year, month, day });
}

export function oracleFormat({ year, month, day }: OracleDate): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds months, clamping the day to the target month's last day. */
export function oracleAddMonths(iso: string, amount: number): string {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	const monthIndex = year * 12 + (month - 1) + amount;
	const targetYear = Math.floor(monthIndex / 12);
	const targetMonth = monthIndex - targetYear * 12 + 1;
	return oracleFormat({ year: targetYear, month: targetMonth, day: Math.min(day, oracleDaysInMonth(targetYear, targetMonth)) });
}

/** 0 (Sunday) to 6 (Saturday); 1 January 1970 was a Thursday. */
export function oracleWeekday(iso: string): number {
	return (((oracleDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Any calendar day from 1900 to 2200, drawn through this oracle, not through date-fns. */
export const anyDay = fc
	.integer({ min: oracleDayNumber('1900-01-01'), max: oracleDayNumber('2200-12-31') })
	.map((n) => isoDate(oracleFromDayNumber(n)));
