import { clinicSchema, treatmentSchema, type SettingsInput } from '../settings/schema.ts';
import { plannerSettingsFrom } from './from-settings.ts';
import type { PlannerSettings } from './types.ts';

/*
 * The planner has no schema of its own: its rules are the clinic settings (`treatment` and
 * `clinic.openDays` in clinic.yaml), validated by src/lib/settings/schema.ts. This file gives
 * the defaults and a helper for tests, both read from that one schema.
 */

/**
 * The planner rules for clinic settings as written (defaults filled in, validated), for tests
 * and examples. Throws on invalid settings, as a build does.
 *
 * @example
 * plannerSettingsFromInput({ treatment: { sessions: { default: 3, min: 1, max: 8 } } }).sessions
 * //=> { default: 3, min: 1, max: 8 }
 */
export function plannerSettingsFromInput(input: { treatment?: SettingsInput['treatment']; openDays?: SettingsInput['clinic']['openDays'] } = {}): PlannerSettings {
	return plannerSettingsFrom({
		clinic: { openDays: clinicSchema.shape.openDays.parse(input.openDays) },
		treatment: treatmentSchema.parse(input.treatment),
	});
}

/** The standard planner rules: the clinic settings' defaults. */
export const defaultPlannerSettings: PlannerSettings = plannerSettingsFromInput();
