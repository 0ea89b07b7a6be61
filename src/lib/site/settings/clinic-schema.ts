import { z } from 'zod';
import { languageCodes } from '../../../i18n/languages.ts';
import { closureSchema, holidaysSchema, MAX_CLOSURES } from '../holidays/schema.ts';
import { checkNoRepeatedDays } from '../../rules/planner/validate-planner-settings.ts';
import { reviewDate, text, textPerLanguage } from './fields.ts';

/* `clinic` in clinic.yaml: who the clinic is, how patients reach it, when it is open, who reviews the guides. */

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type WeekdayName = (typeof weekdays)[number];

/** A phone number as people write it; its spaces become no-break spaces where it is shown. */
const phone = z
	.string({ error: 'must be a phone number in quotes, like "+44 20 7946 0000"' })
	.regex(/^\+?[0-9][0-9 ()-]{1,24}$/, {
		error: 'must be a phone number of digits, spaces and an optional leading +, like "+44 20 7946 0000"',
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
