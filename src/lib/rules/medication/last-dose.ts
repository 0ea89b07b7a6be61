import { differenceInCalendarDays } from '../dates/calendar.ts';
import { addDays } from '../dates/calendar-steps.ts';
import type { IsoDate } from '../dates/iso-date.ts';

/*
 * A prescriber's plan can be given as the date of the last dose ("last dose on Saturday 6 March")
 * or as days to stop before the treatment ("stop 5 days before"). Both mean the same stop
 * (docs/clinical-rules.md, "Stopping a medicine before treatment"): the last dose is on the
 * treatment day minus (days + 1). These two turn one into the other, so the page can take either
 * and always show the date it computed for the patient to check.
 */

/**
 * The days to stop before treatment that a last-dose date means; negative when the date is on or
 * after the treatment day.
 *
 * @example
 * daysBeforeFromLastDose('2027-03-12', '2027-03-06')
 * //=> 5
 */
export function daysBeforeFromLastDose(treatmentDate: IsoDate, lastDoseDate: IsoDate): number {
	return differenceInCalendarDays(treatmentDate, lastDoseDate) - 1;
}

/**
 * The last-dose date that stopping `daysBefore` days before treatment means.
 *
 * @example
 * lastDoseFromDaysBefore('2027-03-12', 5)
 * //=> '2027-03-06'
 */
export function lastDoseFromDaysBefore(treatmentDate: IsoDate, daysBefore: number): IsoDate {
	return addDays(treatmentDate, -(daysBefore + 1));
}
