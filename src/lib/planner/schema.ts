import { z } from 'zod';
import type { Weekday } from '../dates/weekday.ts';
import { localizedTextSchema } from '../medication/schema.ts';
import type { PlannerSettings, PlannerSettingsInput } from './types.ts';
import { validatePlannerSettings } from './validate-planner-settings.ts';

/*
 * The clinic's rules for the session planner. Defaults follow the content brief: 3 sessions,
 * 4 weeks apart, 2 to 6 weeks allowed (Am Fam Physician 2021; Rabago et al. 2013); the whole
 * course within 6 months, bruising up to 7 days, first relief around 3 weeks (the clinic's text).
 * Validated once at build time; the browser gets the parsed result (see ./types.ts).
 */

const wholeNumber = 'Use a whole number.';

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, for example "review".');

/** A follow-up visit the clinic books after the last session. */
const followUpSchema = z
	.strictObject({
		/** Short id, used in calendar files. */
		id: id.describe('Short id of lower-case letters, digits and hyphens, used in calendar files.'),
		/** Weeks after the last session. */
		weeksAfterLastSession: z
			.int(wholeNumber)
			.min(1, 'Use 1 week or more.')
			.max(104, 'Use 104 weeks (2 years) or fewer.')
			.describe('How many weeks after the last session the visit is.'),
		/** The visit's name for patients, per language. */
		name: localizedTextSchema.describe('The name of the visit for patients, per language, for example { en: "Review" }.'),
	})
	.describe('A follow-up visit the clinic books after the last session.');

/** The clinic's session planner rules. Every key has a default, so `{}` gives the standard rules. */
export const plannerSettingsSchema = z
	.strictObject({
		/** How many sessions: the starting value and the most a patient may plan. The least is always 1. */
		sessions: z
			.strictObject({
				/** The number of sessions the planner starts with. */
				default: z.int(wholeNumber).min(1, 'Use 1 session or more.').max(24, 'Use 24 sessions or fewer.').default(3).describe('The number of sessions the planner starts with (default 3).'),
				/** The most sessions a patient may plan. */
				max: z.int(wholeNumber).min(1, 'Use 1 session or more.').max(24, 'Use 24 sessions or fewer.').default(6).describe('The most sessions a patient may plan (default 6).'),
			})
			.prefault({})
			.describe('How many sessions: the starting value and the most a patient may plan. The least is always 1.'),
		/** Weeks from one session to the next: the starting value and the allowed range. */
		weeksBetween: z
			.strictObject({
				/** The weeks between sessions the planner starts with. */
				default: z.int(wholeNumber).min(1, 'Use 1 week or more.').max(12, 'Use 12 weeks or fewer.').default(4).describe('The weeks between sessions the planner starts with (default 4).'),
				/** The fewest weeks allowed between sessions. */
				min: z.int(wholeNumber).min(1, 'Use 1 week or more.').max(12, 'Use 12 weeks or fewer.').default(2).describe('The fewest weeks allowed between sessions (default 2).'),
				/** The most weeks allowed between sessions. */
				max: z.int(wholeNumber).min(1, 'Use 1 week or more.').max(12, 'Use 12 weeks or fewer.').default(6).describe('The most weeks allowed between sessions (default 6).'),
			})
			.prefault({})
			.describe('Weeks from one session to the next: the starting value and the allowed range.'),
		/** The whole course ends within this many calendar months of the first session (the clinic text: 6). */
		courseMaxMonths: z
			.int(wholeNumber)
			.min(1, 'Use 1 month or more.')
			.max(24, 'Use 24 months or fewer.')
			.default(6)
			.describe('The last session is on or before the first session plus this many calendar months (the clinic text says 6).'),
		/** Days after each session when bruising and swelling may last (the clinic text: about a week). */
		bruisingDays: z
			.int(wholeNumber)
			.min(0, 'Use 0 days or more.')
			.max(30, 'Use 30 days or fewer.')
			.default(7)
			.describe('Days after each session when bruising, swelling and stiffness may last (the clinic text: about a week, 7).'),
		/** Weeks after the first session when relief usually starts (the clinic text: 3). Shown as "around". */
		firstReliefWeeks: z
			.int(wholeNumber)
			.min(0, 'Use 0 weeks or more.')
			.max(26, 'Use 26 weeks or fewer.')
			.default(3)
			.describe('Weeks after the first session when relief usually starts, shown as "around", never as a promise (the clinic text: 3).'),
		/** Days after the first session when the exercise programme starts. */
		exerciseStartDaysAfterFirstSession: z
			.int(wholeNumber)
			.min(0, 'Use 0 days or more.')
			.max(28, 'Use 28 days or fewer.')
			.default(1)
			.describe('Days after the first session when the exercise programme starts (default 1, the next day).'),
		/** Visits the clinic books after the last session. */
		followUps: z.array(followUpSchema).default([]).describe('Visits the clinic books after the last session. Default: none.'),
		/** Weekdays the clinic is open: 0 is Sunday, 1 Monday … 6 Saturday. */
		openWeekdays: z
			.array(z.int(wholeNumber).min(0, 'Use 0 (Sunday) to 6 (Saturday).').max(6, 'Use 0 (Sunday) to 6 (Saturday).'))
			.min(1, 'List at least one open weekday.')
			.default([1, 2, 3, 4, 5])
			.describe('Weekdays the clinic is open: 0 is Sunday, 1 Monday … 6 Saturday (default Monday to Friday).'),
	})
	.check((ctx) => {
		// Cross-field checks only once every field is valid, so one mistake gives one message.
		if (ctx.issues.length > 0) return;
		for (const issue of validatePlannerSettings(ctx.value)) {
			ctx.issues.push({ code: 'custom', input: ctx.value, path: [...issue.path], message: issue.message });
		}
	})
	.transform(
		(settings): PlannerSettings => ({
			...settings,
			openWeekdays: [...settings.openWeekdays].sort((a, b) => a - b) as Weekday[],
		}),
	)
	.describe("The clinic's rules for the session planner.");

export type { PlannerSettings, PlannerSettingsInput } from './types.ts';

// The hand-written input type (./types.ts) must stay what the schema accepts, both ways.
type SchemaInput = z.input<typeof plannerSettingsSchema>;
true satisfies PlannerSettingsInput extends SchemaInput ? true : false;
true satisfies SchemaInput extends PlannerSettingsInput ? true : false;

/** The standard planner rules. */
export const defaultPlannerSettings: PlannerSettings = plannerSettingsSchema.parse({});
