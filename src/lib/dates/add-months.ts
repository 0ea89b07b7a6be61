import { daysInMonth } from './days-in-month.ts';
import { fromDateParts, toDateParts, type IsoDate } from './iso-date.ts';

/**
 * Adds calendar months to a date (a negative amount goes back). When the day does not exist in
 * the target month, the answer is that month's last day: 31 August plus 6 months is 28 February,
 * or 29 February in a leap year.
 *
 * @throws {RangeError} when `amount` is not a whole number or the result leaves the years 1 to 9999.
 * @example
 * addMonths(isoDate('2027-08-31'), 6)
 * //=> '2028-02-29'
 */
export function addMonths(date: IsoDate, amount: number): IsoDate {
	if (!Number.isSafeInteger(amount)) {
		throw new RangeError(`Cannot add ${amount} months: use a whole number.`);
	}
	const { year, month, day } = toDateParts(date);
	const monthIndex = year * 12 + (month - 1) + amount;
	const targetYear = Math.floor(monthIndex / 12);
	const targetMonth = monthIndex - targetYear * 12 + 1;
	const result = fromDateParts({
		year: targetYear,
		month: targetMonth,
		day: Math.min(day, daysInMonth(targetYear, targetMonth)),
	});
	if (result === null) {
		throw new RangeError(`Adding ${amount} months to ${date} leaves the years 1 to 9999.`);
	}
	return result;
}
