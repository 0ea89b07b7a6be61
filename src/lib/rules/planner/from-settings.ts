import type { IsoDate } from '../dates/iso-date.ts';
import { type Weekday, weekdayOf } from '../dates/calendar.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { PlannerSettings } from './types.ts';

/** The weekday names clinic.yaml uses (`WeekdayName` in the settings), in `Weekday` number order (0 is Sunday). */
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

type Range = { readonly default: number; readonly min: number; readonly max: number };

/** The validated clinic settings the planner reads: `clinic.openDays` and `treatment`. */
export type PlannerSource = {
	readonly clinic: { readonly openDays: readonly string[] };
	readonly treatment: {
		readonly sessions: Range;
		readonly weeksBetweenSessions: Range;
		readonly courseMaxMonths: number;
		readonly bruisingDays: number;
		readonly firstReliefWeeks: number;
		readonly exerciseStartDays: number;
		readonly followUps: readonly { readonly id: string; readonly weeksAfterLastSession: number; readonly name: LocalizedText }[];
	};
};

/**
 * Turns the validated clinic settings into the rules planCourse takes: open days become sorted
 * weekday numbers (unknown names are dropped), ranges and follow-ups are copied, and the closed
 * dates (holidays and closures, from src/lib/site/holidays at build time) that fall on open weekdays
 * are added, sorted (the others change nothing, and the list goes to the browser). Pure; the
 * input is not changed.
 *
 * @example
 * plannerSettingsFrom({ clinic: { openDays: ['saturday', 'monday'] }, treatment: { sessions: { default: 3, min: 1, max: 6 }, weeksBetweenSessions: { default: 4, min: 2, max: 6 }, courseMaxMonths: 6, bruisingDays: 7, firstReliefWeeks: 3, exerciseStartDays: 1, followUps: [] } }, []).openWeekdays
 * //=> [1, 6]
 */
export function plannerSettingsFrom(source: PlannerSource, closedDates: readonly IsoDate[]): PlannerSettings {
	const { treatment } = source;
	const openWeekdays = WEEKDAY_NAMES.flatMap((name, index) => (source.clinic.openDays.includes(name) ? [index as Weekday] : []));
	const range = ({ default: start, min, max }: Range) => ({ default: start, min, max });
	return {
		sessions: range(treatment.sessions),
		weeksBetween: range(treatment.weeksBetweenSessions),
		courseMaxMonths: treatment.courseMaxMonths,
		bruisingDays: treatment.bruisingDays,
		firstReliefWeeks: treatment.firstReliefWeeks,
		exerciseStartDaysAfterFirstSession: treatment.exerciseStartDays,
		followUps: treatment.followUps.map(({ id, weeksAfterLastSession, name }) => ({ id, weeksAfterLastSession, name: { ...name } })),
		openWeekdays,
		closedDates: closedDates.filter((date) => openWeekdays.includes(weekdayOf(date))).sort(),
	};
}
