import { z } from 'zod';
import { languageCodes } from '../../../i18n/languages.ts';
import { exercisesSchema } from '../exercise/settings-schema.ts';
import { closureSchema, holidaysSchema, MAX_CLOSURES } from '../holidays/schema.ts';
import { localizedTextSchema, medicationRulesSchema } from '../../rules/medication/schema.ts';
import { checkDefaultPlanFits, checkNoRepeatedIds, checkNoRepeatedDays } from '../../rules/planner/validate-planner-settings.ts';
import { contrastRatio, parseHexColour } from './colour.ts';

/**
 * The clinic settings: everything clinic-specific on the site comes from here.
 * Each key is documented where it is declared (`.describe()` is shown in the README table and
 * in error messages). Defaults live here and nowhere else.
 */

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type WeekdayName = (typeof weekdays)[number];

/** White page background in the light scheme; links and buttons need 4.5:1 against it. */
const LIGHT_BACKGROUND = '#ffffff';
/** Page background in the dark scheme (see `--color-bg` in the global styles). */
export const DARK_BACKGROUND = '#121417';
const MIN_CONTRAST = 4.5;

const text = (what: string, max: number) =>
	z
		.string({ error: `must be text (${what}), in quotes if it starts with a number or symbol` })
		.trim()
		.min(1, { error: `must not be empty: give ${what}` })
		.max(max, { error: `must be ${max} characters or fewer, so it fits a phone screen` });

const wholeNumber = (min: number, max: number) =>
	z
		.number({ error: `must be a whole number from ${min} to ${max}` })
		.int({ error: `must be a whole number from ${min} to ${max}` })
		.min(min, { error: `must be ${min} or more` })
		.max(max, { error: `must be ${max} or less` });

const colour = (against: string, scheme: string) =>
	z
		.string({ error: 'must be a colour written as # and six hex digits, like "#005eb8"' })
		.refine((value) => parseHexColour(value) !== undefined, {
			error: 'must be a colour written as # and six hex digits, like "#005eb8"',
			abort: true,
		})
		.refine((value) => contrastRatio(value, against) >= MIN_CONTRAST, {
			error: (issue) =>
				`has a contrast of ${contrastRatio(String(issue.input), against).toFixed(1)}:1 against the ${scheme} background; ` +
				`text and links need at least ${MIN_CONTRAST}:1, so choose a ${scheme === 'light' ? 'darker' : 'lighter'} colour`,
		});

const phone = z
	.string({ error: 'must be a phone number in quotes, like "+44 20 7946 0000"' })
	.regex(/^\+?[0-9][0-9 ()-]{1,24}$/, {
		error: 'must be a phone number of digits, spaces and an optional leading +, like "+44 20 7946 0000"',
	});

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

/** A review date: a real date in this century or the next (a year like 0027 is a typing slip). */
const reviewDate = (example: string) =>
	z.iso
		.date({ error: `must be a date written like ${example}` })
		.refine((value) => Number(value.slice(0, 4)) >= 2000 && Number(value.slice(0, 4)) <= 2199, {
			error: `must be a date from the year 2000 on, written with all four digits of the year, like ${example}`,
		});

/** The currencies this JavaScript engine can format: a made-up code would show as itself. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Text a clinic writes once for every language, or once per language: `{ en: "…", tr: "…" }`. */
const textPerLanguage = (what: string, max: number, example: string) =>
	z.union([text(what, max), z.partialRecord(z.enum(languageCodes), text(what, max))], {
		error: `must be ${what} as text, or one per language like ${example} (languages: ${languageCodes.join(', ')})`,
	});

export const clinicSchema = z.strictObject({
	name: text('the clinic’s name', 80).describe('The clinic’s name, shown in the header and page titles.'),
	logo: z
		.string({ error: 'must be the path of a file inside the public folder, like "/logo.svg"' })
		.regex(/^(\/[a-z0-9_-][a-z0-9._-]*)+\.(svg|png|webp)$/i, {
			error: 'must be the path of a file inside the public folder, starting with one / and ending in .svg, .png or .webp, like "/logo.svg" (no web address: the site shows only its own files)',
		})
		.optional()
		.describe('A logo inside `public/`, like `/logo.svg` (svg, png or webp). Leave it out to show the name only.'),
	address: z
		.array(text('an address line', 100), { error: 'must be a list of address lines' })
		.min(1, { error: 'must have at least one line' })
		.max(8, { error: 'must have 8 lines or fewer' })
		.describe('The address, one line per item.'),
	phone: phone
		.transform((value) => value.replaceAll(' ', '\u00a0'))
		.describe('The phone number for patients, shown as a tap-to-call link (it never breaks across lines).'),
	email: z
		.email({ error: 'must be an email address, like "clinic@example.org"' })
		.optional()
		.describe('An email address for patients. Leave it out to show none.'),
	emergencyNumber: z
		.string({ error: 'must be the local emergency number in quotes, like "999" or "112"' })
		.regex(/^[0-9]{2,4}$/, { error: 'must be 2 to 4 digits, like "999", "112" or "911"' })
		.describe(
			'The emergency number in your country: `999` (UK), `112` (Türkiye, EU), `911` (US). Shown on every page. The build warns (a strict build refuses) when it does not fit `clinic.holidays.country`, like 999 for a clinic in TR.',
		),
	openDays: z
		.array(z.enum(weekdays, { error: `must be one of ${weekdays.join(', ')}` }))
		.min(1, { error: 'must list at least one day' })
		.check((ctx) => {
			for (const issue of checkNoRepeatedDays(ctx.value)) {
				ctx.issues.push({ code: 'custom', input: ctx.value, path: [...issue.path], message: issue.message });
			}
		})
		.default(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])
		.describe('The weekdays you are open; the planner flags sessions on other days.'),
	holidays: holidaysSchema
		.optional()
		.describe(
			'Public holidays that close the clinic, like `{ country: GB, region: ENG }` or `{ country: TR }` (codes of the `date-holidays` package). The build works out the dates for the years the calculators reach, so rebuild the site once a year. Sessions, follow-ups and treatment dates on these days are flagged.',
		),
	closures: z
		.array(closureSchema, { error: 'must be a list of closures, each with from, to and reason' })
		.max(MAX_CLOSURES, { error: `must list ${MAX_CLOSURES} closures or fewer; remove the ones that have passed` })
		.default([])
		.describe(
			`Other days you are closed, each \`{ from: 2027-12-29, to: 2027-12-31, reason: Winter break }\` (both days closed). Listed on the planner page and treated like holidays. At most ${MAX_CLOSURES}, each a year long at most, from the year before the build to five years after it.`,
		),
	openingHours: textPerLanguage('the clinic’s opening hours', 100, '{ en: "Monday to Friday, 9am to 5pm", tr: "Pazartesi–Cuma, 09.00–17.00" }').describe(
		'When patients can phone the clinic, in words, like `Monday to Friday, 9am to 5pm`; one text, or one per language: `{ en: …, tr: … }`. Shown in the footer and on every care card.',
	),
	outOfHours: textPerLanguage('where patients get help when the clinic is closed', 200, '{ en: "call NHS 111", tr: "en yakın hastanenin acil servisine gidin" }').describe(
		'Where patients get urgent help when the clinic is closed or does not answer, like `call NHS 111` in England, or a hospital’s emergency department (acil servis) in Türkiye; one text, or one per language. Shown in the footer and on every care card. The build warns (a strict build refuses) when it names a service of another country, like NHS 111 for a clinic in TR.',
	),
	reviewer: z
		.strictObject({
			name: text('the reviewer’s name', 100).describe('The reviewer’s name.'),
			role: z
				.union([text('the reviewer’s role', 150), z.partialRecord(z.enum(languageCodes), text('the reviewer’s role', 150))], {
					error: `must be the reviewer’s role as text, or one per language like { en: "Consultant", tr: "Uzman" } (languages: ${languageCodes.join(', ')})`,
				})
				.describe('Their role, like `Consultant in musculoskeletal medicine`; one text, or one per language: `{ en: Consultant, tr: Uzman }`.'),
			lastReviewed: reviewDate('2026-11-20')
				.optional()
				.describe('When the reviewer last checked the calculator pages (the medication and treatment settings), like `2026-11-20`; shown on them as "Page last reviewed".'),
			nextReview: reviewDate('2027-11-20')
				.optional()
				.describe(
					'When they will next check them, like `2027-11-20`; shown as "Next review due". Once it has passed, those pages say at the top that they may be out of date (worked out in the patient’s browser, so a site left online says it too).',
				),
		})
		.describe('The clinician who reviews the guides; shown at the foot of every guide.'),
});

export const siteSchema = z
	.strictObject({
		url: z
			.url({ protocol: /^https?$/, error: 'must be the full address of the site, like "https://clinic.example.org"' })
			.refine((value) => !URL.canParse(value) || /^https?:\/\/[^/?#]+\/?$/i.test(value), {
				error: 'must be the address only, like "https://clinic.example.org", without a folder, "?" or "#": put a folder in site.base (BASE_PATH), like "/patients/"',
				abort: true,
			})
			.refine((value) => !URL.canParse(value) || !/^https?:\/\/[^/?#]*@/i.test(value), {
				error: 'must not hold a user name or password (the part before @): every page would publish it; remove it, and protect a preview site on the server instead',
				abort: true,
			})
			// Letters (any script), digits, dots, hyphens and a port: nothing that breaks sitemap.xml or a page's links.
			.refine((value) => !URL.canParse(value) || /^https?:\/\/[\p{L}\p{N}.-]+(?::\d{1,5})?\/?$/iu.test(value), {
				error: 'must be the address only, made of letters, digits, dots and hyphens, like "https://clinic.example.org"; remove any quote, space or other sign',
			})
			.describe(
				'The address the site is published at, like `https://clinic.example.org`: the address only, with a folder in `site.base`. The `SITE_URL` environment variable overrides it.',
			),
		base: z
			.string({ error: 'must be a folder written between slashes, like "/" or "/patients/"' })
			.regex(/^\/([a-z0-9_-][a-z0-9._-]*\/)*$/i, {
				error: 'must start and end with /, like "/" or "/patients/", with folder names of letters, digits, ".", "_" and "-" (not "." or "..")',
			})
			.max(100, { error: 'must be 100 characters or fewer' })
			.default('/')
			.describe('The folder the site lives in, like `/patients/`, or `/` for the top. The `BASE_PATH` environment variable overrides it.'),
		hsts: z
			.boolean({ error: 'must be true or false' })
			.default(false)
			.describe(
				'`true` sends `Strict-Transport-Security` for a year, so browsers only ever reach the site over https. Turn it on only once the whole address (every page, every subfolder) works over https; it cannot be undone quickly.',
			),
	})
	.refine((site) => !site.hsts || site.url.startsWith('https://'), {
		error: 'must be false while site.url starts with http://: HSTS needs the site on https',
		path: ['hsts'],
	});

export const languagesSchema = z
	.strictObject({
		default: z
			.enum(languageCodes, { error: `must be one of the languages this site has: ${languageCodes.join(', ')}` })
			.describe(`The language at the top of the site (${languageCodes.map((code) => `\`${code}\``).join(' or ')}); the others live under \`/<code>/\`, like \`/${languageCodes[0]}/\`.`),
		enabled: z
			.array(z.enum(languageCodes, { error: `must be one of the languages this site has: ${languageCodes.join(', ')}` }))
			.min(1, { error: 'must list at least one language' })
			.describe('The languages to publish; list one to publish only that one.'),
	})
	.refine((l) => l.enabled.includes(l.default), {
		error: 'must also be listed in languages.enabled',
		path: ['default'],
	})
	.refine((l) => new Set(l.enabled).size === l.enabled.length, {
		error: 'must not list a language twice',
		path: ['enabled'],
	});

export const brandingSchema = z
	.strictObject({
		primaryColour: colour(LIGHT_BACKGROUND, 'light')
			.default('#005eb8')
			.describe(`Links, buttons and the header in the light scheme. Needs ${MIN_CONTRAST}:1 contrast on white; the build checks it.`),
		primaryColourDark: colour(DARK_BACKGROUND, 'dark')
			.default('#8cc8ff')
			.describe(`The same in the dark scheme. Needs ${MIN_CONTRAST}:1 contrast on the dark background (${DARK_BACKGROUND}).`),
	})
	.default({ primaryColour: '#005eb8', primaryColourDark: '#8cc8ff' });

/** The most follow-up visits a plan lists. */
const MAX_FOLLOW_UPS = 10;

/** A visit the clinic books some weeks after the last session. */
const followUpSchema = z
	.strictObject({
		id: z
			.string({ error: 'must be a short id in quotes, like "review"' })
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and single hyphens, like "review"' })
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
		for (const issue of [...checkDefaultPlanFits(ctx.value), ...checkNoRepeatedIds(ctx.value.followUps)]) {
			ctx.issues.push({ code: 'custom', input: ctx.value, path: [...issue.path], message: issue.message });
		}
	})
	.prefault({});

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
