import { addDays } from '../dates/calendar-steps.ts';
import type { IsoDate } from '../dates/iso-date.ts';
import { isClinicOpen } from '../clinic-days/open-days.ts';
import { bookableDay } from './bookable.ts';
import type { PlannerSettings } from './types.ts';

/*
 * A course's session dates (docs/clinical-rules.md, "The course: within 6 months"): each session
 * N weeks after the one before it as booked, so a moved session carries the later ones with it;
 * a session on a closed day is offered a bookable day (./bookable.ts) and moved there when asked.
 */

/** Which sessions to move from a closed day to the next open day: none, all, or these numbers (1 = first). */
export type MoveToOpenDay = 'none' | 'all' | readonly number[];

/**
 * Each session N weeks after the one before it as booked; closed days moved where asked and possible.
 *
 * @example
 * sessionDates(isoDate('2027-03-06'), 3, 2, [1], defaultPlannerSettings).map(({ plannedDate, date, moved }) => [plannedDate, date, moved])
 * //=> [['2027-03-06', '2027-03-08', true], ['2027-03-22', '2027-03-22', false], ['2027-04-05', '2027-04-05', false]]
 */
export function sessionDates(first: IsoDate, count: number, weeks: number, moves: MoveToOpenDay, settings: PlannerSettings) {
	const dates: { plannedDate: IsoDate; date: IsoDate; moved: boolean; nextOpenDate: IsoDate | null }[] = [];
	for (let index = 0; index < count; index += 1) {
		const previous = dates[index - 1]?.date ?? null;
		const plannedDate = previous === null ? first : addDays(previous, weeks * 7);
		const nextOpenDate = isClinicOpen(plannedDate, settings) ? null : bookableDay(plannedDate, previous, settings);
		const wantsMove = moves === 'all' || (Array.isArray(moves) && moves.includes(index + 1));
		const moved = wantsMove && nextOpenDate !== null;
		dates.push({ plannedDate, date: moved && nextOpenDate !== null ? nextOpenDate : plannedDate, moved, nextOpenDate });
	}
	return dates;
}
