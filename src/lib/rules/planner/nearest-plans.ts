import type { IsoDate } from '../dates/iso-date.ts';
import { bookingProblems } from './bookable.ts';
import { sessionDates } from './session-dates.ts';
import type { PlannerSettings } from './types.ts';

/*
 * The plans the planner offers instead of one it cannot book (docs/clinical-rules.md, "The
 * course: within 6 months"): fewer sessions, or fewer weeks between them, inside the clinic's
 * limits, every closed day moved, and each labelled with the last date the plan applying it gives.
 */

/**
 * A nearby plan that keeps every limit. `changes` names what differs from the patient's request:
 * fewer sessions, or a different number of weeks between them (shorter, or brought within limits).
 */
export type CourseSuggestion = {
	readonly sessions: number;
	readonly weeksBetween: number;
	readonly lastSessionDate: IsoDate;
	/** The moves the suggested plan makes: pressing it must apply these too, so the plan is the one labelled. */
	readonly moves: 'all';
	readonly changes: readonly ('sessions' | 'weeksBetween')[];
};

/**
 * The nearest bookable plans (./bookable.ts), every closed day moved: (a) as many sessions as
 * fit at the requested weeks (brought within the clinic's range), and (b) the requested sessions
 * (brought within range) at the longest interval that fits. Each one's last date is that of the
 * plan applying it gives. Plans equal to the request, or to each other, are left out.
 *
 * @example
 * nearestFittingPlans(isoDate('2027-01-04'), 6, 6, defaultPlannerSettings).map(({ sessions, weeksBetween }) => [sessions, weeksBetween])
 * //=> [[5, 6], [6, 5]]
 */
export function nearestFittingPlans(first: IsoDate, sessions: number, weeks: number, settings: PlannerSettings): CourseSuggestion[] {
	const targetSessions = clamp(sessions, settings.sessions.min, settings.sessions.max);
	const targetWeeks = clamp(weeks, settings.weeksBetween.min, settings.weeksBetween.max);
	const bookable = (count: number, interval: number) => {
		const dates = sessionDates(first, count, interval, 'all', settings).map((session) => session.date);
		return bookingProblems(dates, settings).length === 0 ? dates : null;
	};

	const candidates: { sessions: number; weeksBetween: number; last: IsoDate }[] = [];
	for (let count = targetSessions; count >= settings.sessions.min; count -= 1) {
		const dates = bookable(count, targetWeeks);
		if (dates) {
			candidates.push({ sessions: count, weeksBetween: targetWeeks, last: dates.at(-1) ?? first });
			break;
		}
	}
	for (let interval = targetWeeks; interval >= settings.weeksBetween.min; interval -= 1) {
		const dates = bookable(targetSessions, interval);
		if (dates) {
			candidates.push({ sessions: targetSessions, weeksBetween: interval, last: dates.at(-1) ?? first });
			break;
		}
	}

	const suggestions: CourseSuggestion[] = [];
	for (const { last, ...candidate } of candidates) {
		const same = (other: { sessions: number; weeksBetween: number }) =>
			other.sessions === candidate.sessions && other.weeksBetween === candidate.weeksBetween;
		if (same({ sessions, weeksBetween: weeks }) || suggestions.some(same)) continue;
		const changes: ('sessions' | 'weeksBetween')[] = [];
		if (candidate.sessions !== sessions) changes.push('sessions');
		if (candidate.weeksBetween !== weeks) changes.push('weeksBetween');
		suggestions.push({ ...candidate, lastSessionDate: last, moves: 'all', changes });
	}
	return suggestions;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}
