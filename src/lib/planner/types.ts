import type { Weekday } from '../dates/weekday.ts';
import type { LocalizedText } from '../medication/types.ts';

/*
 * The shape of the clinic's planner settings after validation. Kept apart from the zod schema
 * (./schema.ts) so the browser island can use them without loading zod.
 */

/** A visit the clinic books some weeks after the last session. */
export type FollowUpVisit = {
	readonly id: string;
	readonly weeksAfterLastSession: number;
	readonly name: LocalizedText;
};

/** The validated planner settings: what `plannerSettingsSchema` gives. */
export type PlannerSettings = {
	readonly sessions: { readonly default: number; readonly max: number };
	readonly weeksBetween: { readonly default: number; readonly min: number; readonly max: number };
	readonly courseMaxMonths: number;
	readonly bruisingDays: number;
	readonly firstReliefWeeks: number;
	readonly exerciseStartDaysAfterFirstSession: number;
	readonly followUps: readonly FollowUpVisit[];
	readonly openWeekdays: readonly Weekday[];
};

/** The planner settings as a clinic writes them: every key may be left out. */
export type PlannerSettingsInput = {
	sessions?: { default?: number | undefined; max?: number | undefined } | undefined;
	weeksBetween?: { default?: number | undefined; min?: number | undefined; max?: number | undefined } | undefined;
	courseMaxMonths?: number | undefined;
	bruisingDays?: number | undefined;
	firstReliefWeeks?: number | undefined;
	exerciseStartDaysAfterFirstSession?: number | undefined;
	followUps?: { id: string; weeksAfterLastSession: number; name: Record<string, string> }[] | undefined;
	openWeekdays?: number[] | undefined;
};
