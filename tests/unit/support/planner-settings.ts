import type { IsoDate } from '../../../src/lib/rules/dates/iso-date.ts';
import { plannerSettingsFrom } from '../../../src/lib/rules/planner/from-settings.ts';
import type { PlannerSettings } from '../../../src/lib/rules/planner/types.ts';
import { clinicSchema } from '../../../src/lib/site/settings/clinic-schema.ts';
import type { SettingsInput } from '../../../src/lib/site/settings/schema.ts';
import { treatmentSchema } from '../../../src/lib/site/settings/treatment-schema.ts';

/*
 * A test helper, kept out of src/lib so the planner and the settings do not import each other:
 * the planner's rules are the clinic settings (`treatment`, `clinic.openDays`), validated by
 * src/lib/site/settings/schema.ts; this gives the defaults and rules for settings written in a test.
 */

/**
 * The planner rules for clinic settings as written (defaults filled in, validated), with the
 * closed dates given (none by default). Throws on invalid settings, as a build does.
 */
export function plannerSettingsFromInput(
	input: { treatment?: SettingsInput['treatment']; openDays?: SettingsInput['clinic']['openDays']; closedDates?: readonly IsoDate[] } = {},
): PlannerSettings {
	return plannerSettingsFrom(
		{
			clinic: { openDays: clinicSchema.shape.openDays.parse(input.openDays) },
			treatment: treatmentSchema.parse(input.treatment),
		},
		input.closedDates ?? [],
	);
}

/** The standard planner rules: the clinic settings' defaults, no holidays. */
export const defaultPlannerSettings: PlannerSettings = plannerSettingsFromInput();
