import { z } from 'zod';
import { exercisesSchema } from '../exercise/settings-schema.ts';
import { medicationRulesSchema } from '../../rules/medication/schema.ts';
import { brandingSchema } from './branding-schema.ts';
import { clinicSchema } from './clinic-schema.ts';
import { textPerLanguage } from './fields.ts';
import { languagesSchema, siteSchema } from './site-schema.ts';
import { treatmentSchema } from './treatment-schema.ts';

/**
 * The clinic settings: everything clinic-specific on the site comes from here, one schema file
 * per part of clinic.yaml (clinic-schema.ts, site-schema.ts, branding-schema.ts,
 * treatment-schema.ts; the medicines' in the rules, the exercises' and holidays' beside their
 * code). Each key is documented where it is declared: its `.describe()` is the README's table
 * (`npm run settings-table`). Defaults live there and nowhere else.
 */

/** The printed letters (issue 23): the letter a patient takes to the doctor who prescribes a blood thinner. */
export const lettersSchema = z
	.strictObject({
		prescriber: z
			.boolean({ error: 'must be true or false' })
			.default(true)
			.describe('Whether a patient on a blood thinner or an antiplatelet can print a letter for the doctor who prescribes it (see "Printed letters" below). `false` removes the button.'),
		prescriberNote: textPerLanguage('one sentence from the clinic for the doctor', 300, '{ en: "Our nurse can answer questions on 020 7946 0000.", tr: "…" }')
			.optional()
			.describe('One sentence of your own on that letter, like `Our nurse can answer questions on 020 7946 0000.`; one text, or one per language.'),
	})
	.prefault({});

export const settingsSchema = z.strictObject({
	clinic: clinicSchema.describe('Who the clinic is and how patients reach it.'),
	site: siteSchema.describe('Where the site is published.'),
	languages: languagesSchema.describe('Which languages the site is published in.'),
	branding: brandingSchema.describe('The clinic’s colours.'),
	treatment: treatmentSchema.describe('The clinic’s treatment facts and planner rules.'),
	medication: medicationRulesSchema.prefault({}).describe('The clinic’s medicine rules before treatment.'),
	exercises: exercisesSchema.describe('The exercise sheets the clinic publishes, and its own exercises.'),
	letters: lettersSchema.describe('The letters patients and staff print.'),
});

/** Settings as a clinic writes them (defaults may be left out). */
export type SettingsInput = z.input<typeof settingsSchema>;
/** Settings after validation, with every default filled in. */
export type Settings = z.output<typeof settingsSchema>;
