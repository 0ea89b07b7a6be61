import type { IsoDate } from '../dates/iso-date.ts';
import type { Weekday } from '../dates/calendar.ts';
import type { LocalizedText } from '../localized-text.ts';

/*
 * The planner's rules as planCourse takes them. The clinic writes them once, in clinic.yaml
 * (`treatment`, `clinic.openDays`, `clinic.holidays` and `clinic.closures`, validated by
 * src/lib/site/settings/schema.ts);
 * `plannerSettingsFrom` (./from-settings.ts) turns those into this shape. Plain data, so the
 * browser island gets it as props without loading zod.
 */

/** A visit the clinic books some weeks after the last session. */
export type FollowUpVisit = {
	readonly id: string;
	readonly weeksAfterLastSession: number;
	readonly name: LocalizedText;
};

/** The planner's rules. */
export type PlannerSettings = {
	readonly sessions: { readonly default: number; readonly min: number; readonly max: number };
	readonly weeksBetween: { readonly default: number; readonly min: number; readonly max: number };
	readonly courseMaxMonths: number;
	readonly bruisingDays: number;
	readonly firstReliefWeeks: number;
	readonly exerciseStartDaysAfterFirstSession: number;
	readonly followUps: readonly FollowUpVisit[];
	/** Weekdays the clinic is open, sorted: 0 is Sunday … 6 Saturday. */
	readonly openWeekdays: readonly Weekday[];
	/** Public holidays and closures on which the clinic is closed, sorted (worked out at build time, src/lib/site/holidays). */
	readonly closedDates: readonly IsoDate[];
};
