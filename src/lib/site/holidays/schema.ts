import { z } from 'zod';
import { languageCodes } from '../../../i18n/languages.ts';
import { differenceInCalendarDays } from '../../rules/dates/calendar.ts';
import { isIsoDate, type IsoDate } from '../../rules/dates/iso-date.ts';
import { isKnownPlace, regionsOf } from './holiday-process.ts';

/*
 * The clinic's closed days in clinic.yaml: `clinic.holidays` (public holidays by country and
 * region, from the date-holidays package) and `clinic.closures` (its own dates). The settings
 * schema (src/lib/site/settings/schema.ts) includes these; messages name the field to change.
 */

const date = (what: string) =>
	z
		.string({ error: `must be the ${what} written as YYYY-MM-DD, like "2027-12-24"` })
		.refine(isIsoDate, { error: `must be a real date written as YYYY-MM-DD, like "2027-12-24" (the ${what})` })
		.transform((value) => value as IsoDate);

/** The most closures clinic.yaml may list; the calculators carry every day of each. */
export const MAX_CLOSURES = 100;
/** The longest one closure may last. */
export const MAX_CLOSURE_DAYS = 366;

const reasonText = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

export const holidaysSchema = z
	.strictObject({
		country: z
			.string({ error: 'must be a two-letter country code in capitals, like "GB" or "TR"' })
			.regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, like "GB" or "TR"' })
			.describe('The country whose public holidays close the clinic (ISO 3166 code, like "GB" or "TR").'),
		region: z
			.string({ error: 'must be a region code in quotes, like "ENG"' })
			.optional()
			.describe('Optional region within the country, like "ENG" (England) or "SCT" (Scotland) for GB.'),
	})
	.check((ctx) => {
		const { country, region } = ctx.value;
		if (!isKnownPlace({ country })) {
			ctx.issues.push({ code: 'custom', input: country, path: ['country'], message: 'is not a country the holiday calendar knows; use a two-letter ISO 3166 code, like "GB" or "TR"' });
		} else if (region !== undefined && !isKnownPlace({ country, region })) {
			const known = regionsOf(country);
			ctx.issues.push({
				code: 'custom',
				input: region,
				path: ['region'],
				message: known.length > 0 ? `is not a region of ${country} the holiday calendar knows; use one of ${known.join(', ')}, or leave it out` : `must be left out: the holiday calendar has no regions for ${country}`,
			});
		}
	});

export const closureSchema = z
	.strictObject({
		from: date('first day closed').describe('The first day the clinic is closed, like "2027-12-24".'),
		to: date('last day closed').describe('The last day the clinic is closed (the same as `from` for one day).'),
		reason: z
			.union([reasonText, z.partialRecord(z.enum(languageCodes), reasonText)], {
				error: `must be the reason as text, or one per language like { en: "Staff training", tr: "Personel eğitimi" } (languages: ${languageCodes.join(', ')})`,
			})
			.describe('Why the clinic is closed, as text or one per language; shown on the planner page.'),
	})
	.refine((closure) => closure.from <= closure.to, { error: 'must be on or before `to`', path: ['from'], abort: true })
	.refine((closure) => differenceInCalendarDays(closure.to, closure.from) < MAX_CLOSURE_DAYS, {
		error: `must be less than ${MAX_CLOSURE_DAYS} days before \`to\`: a closure lasts a year at most; split a longer one, or take the treatment pages down while the clinic is closed`,
		path: ['from'],
	});

