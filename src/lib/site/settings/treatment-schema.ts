import { z } from 'zod';
import { localizedTextSchema } from '../../rules/localized-text-schema.ts';
import { checkDefaultPlanFits } from '../../rules/planner/validate-planner-settings.ts';
import { findRepeatedIds } from '../../rules/repeated-ids.ts';
import { wholeNumber } from './fields.ts';
import { ID_PATTERN } from '../../rules/limits.ts';

/* `treatment` in clinic.yaml: the clinic's treatment facts and the planner's rules. */

/** The currencies this JavaScript engine can format: a made-up code would show as itself. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** A range of whole numbers with its default, min never above max. */
const range = (name: string, min: number, max: number, defaults: { min: number; max: number }) =>
	z
		.strictObject({
			min: wholeNumber(min, max).describe(`Smallest ${name}.`),
			max: wholeNumber(min, max).describe(`Largest ${name}.`),
		})
		.check((ctx) => {
			const { min, max } = ctx.value;
			if (min > max) ctx.issues.push({ code: 'custom', input: min, path: ['min'], message: `must not be larger than max, which is ${max}` });
		})
		.default(defaults);

/** A planner choice: the value it starts with and the smallest and largest a patient may choose. */
const limits = (name: string, min: number, max: number, defaults: { default: number; min: number; max: number }) =>
	z
		.strictObject({
			default: wholeNumber(min, max).describe(`The ${name} the planner starts with.`),
			min: wholeNumber(min, max).describe(`The smallest ${name} a patient may choose.`),
			max: wholeNumber(min, max).describe(`The largest ${name} a patient may choose.`),
		})
		// min against max first: with those crossed, "the default lies outside" would mislead.
		.check((ctx) => {
			const { default: start, min, max } = ctx.value;
			if (min > max) {
				ctx.issues.push({ code: 'custom', input: min, path: ['min'], message: `must not be larger than max, which is ${max}` });
			} else if (start < min || start > max) {
				ctx.issues.push({ code: 'custom', input: start, path: ['default'], message: `must lie between min (${min}) and max (${max})` });
			}
		})
		.default(defaults);

/** The most follow-up visits a plan lists. */
const MAX_FOLLOW_UPS = 10;

/** A visit the clinic books some weeks after the last session. */
const followUpSchema = z
	.strictObject({
		id: z
			.string({ error: 'must be a short id in quotes, like "review"' })
			.regex(ID_PATTERN, { error: 'must be lower-case letters, digits and single hyphens, like "review"' })
			.describe('A short id of lower-case letters, digits and hyphens, used in calendar files.'),
		weeksAfterLastSession: wholeNumber(1, 104).describe('How many weeks after the last session the visit is.'),
		name: localizedTextSchema.describe('The visit’s name for patients, per language, like { en: "Review", tr: "Kontrol" }.'),
	})
	.describe('A follow-up visit the clinic books after the last session.');

export const treatmentSchema = z
	.strictObject({
		injectionsPerSession: range('number of injections in one session', 1, 40, { min: 4, max: 15 }).describe(
			'Injections in one session (source text: 4 to 15).',
		),
		courseMaxMonths: wholeNumber(1, 24)
			.default(6)
			.describe('All sessions finish within this many months of the first (source text: 6).'),
		bruisingDays: wholeNumber(1, 30)
			.default(7)
			.describe('Days bruising and swelling can last after a session (source text: about a week).'),
		firstReliefWeeks: wholeNumber(1, 26)
			.default(3)
			.describe('Weeks after the first session when relief usually begins (source text: 3).'),
		sessions: limits('number of sessions', 1, 24, { default: 3, min: 1, max: 6 }).describe(
			'The planner’s number of sessions and its limits (up to 24; published schedules: 3 to 6). The default plan must fit `courseMaxMonths` from any start date; the build checks it.',
		),
		weeksBetweenSessions: limits('weeks between sessions', 1, 12, { default: 4, min: 2, max: 6 }).describe(
			'The planner’s weeks from one session to the next and its limits (up to 12; published schedules: every 3 to 6 weeks).',
		),
		exerciseStartDays: wholeNumber(0, 28)
			.default(1)
			.describe('Days after the first session when the exercise programme starts (1: the next day); the planner shows the date.'),
		followUps: z
			.array(followUpSchema, { error: 'must be a list of visits, each with id, weeksAfterLastSession and name' })
			.max(MAX_FOLLOW_UPS, { error: `must list ${MAX_FOLLOW_UPS} visits or fewer; a patient's plan shows every one` })
			.default([])
			.describe(`Visits you book after the last session, like a review 6 weeks later (at most ${MAX_FOLLOW_UPS}). The planner adds them to the plan.`),
		pricePerSession: z
			.strictObject({
				amount: z
					.number({ error: 'must be a number, like 150' })
					.positive({ error: 'must be more than 0' })
					.max(1_000_000, { error: 'must be 1000000 or less' })
					.refine((amount) => amount > 1_000_000 || Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6, {
						error: 'must be an amount in the currency with at most two decimals, like 150 or 149.50',
					})
					.describe('The amount, like `180` or `149.50`.'),
				currency: z
					.string({ error: 'must be a three-letter currency code in quotes, like "GBP", "TRY" or "EUR"' })
					.regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code, like "GBP", "TRY" or "EUR"', abort: true })
					.refine((code) => CURRENCIES.has(code), { error: 'is not a currency code that exists; use the ISO 4217 code of your currency, like "GBP", "TRY" or "EUR"' })
					.describe('The currency’s ISO 4217 code, like `GBP`, `TRY` or `EUR`.'),
			})
			.optional()
			.describe('The fee for one session; no prices are shown without it. Guides and the planner write it the same way, as people in each language do: `£180`, `$180`, `7.200 ₺`.'),
	})
	// Cross-field checks, each a small pure validator that names the setting to change.
	.check((ctx) => {
		// Only once every field is valid, so one mistake gives one message.
		if (ctx.issues.length > 0) return;
		for (const issue of [...checkDefaultPlanFits(ctx.value), ...findRepeatedIds('followUps', ctx.value.followUps, 'follow-up visit')]) {
			ctx.issues.push({ code: 'custom', input: ctx.value, path: [...issue.path], message: issue.message });
		}
	})
	.prefault({});
