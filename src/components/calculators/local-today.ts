import { fromDateParts, type IsoDate } from '../../lib/rules/dates/iso-date.ts';

/**
 * Today in the patient's own calendar, read from the clock now: local time, not UTC (src/lib/rules/dates
 * works on calendar dates only). The one place the browser's clock is read; ./today.ts keeps it
 * current for the calculators, and a page's small scripts read it here without Preact.
 */
export function localToday(): IsoDate {
	const now = new Date();
	return fromDateParts({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }) as IsoDate;
}
