import type { IsoDate } from '../dates/iso-date.ts';
import { weekdayOf } from '../dates/calendar.ts';
import { isClinicOpen, nextOpenDay, type ClinicDays } from './open-days.ts';

/*
 * Whether the clinic answers the phone today, for the too-late answer ("call the clinic"): a
 * weekend, a weekday the clinic does not open (`clinic.openDays`), or a holiday or closure (the
 * dates src/lib/site/holidays gives), and the next day it opens. Open and closed mean what they mean
 * for the planner (../planner/open-days.ts). Apart from planHold so the planner's bundle, which
 * never says it, does not carry it.
 */

/**
 * Whether the clinic answers the phone today. `weekend` and `closedDay`: today's weekday is not
 * one of its open days; `closedDate`: a holiday or closure. `reopens` is the next day it is open,
 * within a year, or `null`.
 */
export type ClinicToday =
	| { readonly open: true }
	| { readonly open: false; readonly reason: 'weekend' | 'closedDay' | 'closedDate'; readonly reopens: IsoDate | null };

/**
 * Whether the clinic is open on `date`, and if not, why and when it opens again. Without the
 * clinic's days, always open (the answer then simply says to call).
 *
 * @example
 * clinicOnDay(isoDate('2027-03-13'), { openWeekdays: [1, 2, 3, 4, 5], closedDates: [] })
 * //=> { open: false, reason: 'weekend', reopens: '2027-03-15' }
 */
export function clinicOnDay(date: IsoDate, clinic: ClinicDays | undefined): ClinicToday {
	if (clinic === undefined || isClinicOpen(date, clinic)) return { open: true };
	const weekday = weekdayOf(date);
	const reason = clinic.openWeekdays.includes(weekday) ? 'closedDate' : weekday === 0 || weekday === 6 ? 'weekend' : 'closedDay';
	return { open: false, reason, reopens: nextOpenDay(date, clinic) };
}
