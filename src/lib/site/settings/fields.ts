import { z } from 'zod';
import { languageCodes } from '../../../i18n/languages.ts';

/*
 * The kinds of field the clinic settings share, each with messages that say what to write:
 * text, whole numbers, review dates and text given once or per language.
 */

/** Text of at most `max` characters (trimmed), named `what` in its messages. */
export const text = (what: string, max: number) =>
	z
		.string({ error: `must be text (${what}), in quotes if it starts with a number or symbol` })
		.trim()
		.min(1, { error: `must not be empty: give ${what}` })
		.max(max, { error: `must be ${max} characters or fewer, so it fits a phone screen` });

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) =>
	z
		.number({ error: `must be a whole number from ${min} to ${max}` })
		.int({ error: `must be a whole number from ${min} to ${max}` })
		.min(min, { error: `must be ${min} or more` })
		.max(max, { error: `must be ${max} or less` });

/** A review date: a real date in this century or the next (a year like 0027 is a typing slip). */
export const reviewDate = (example: string) =>
	z.iso
		.date({ error: `must be a date written like ${example}` })
		.refine((value) => Number(value.slice(0, 4)) >= 2000 && Number(value.slice(0, 4)) <= 2199, {
			error: `must be a date from the year 2000 on, written with all four digits of the year, like ${example}`,
		});

/** Text a clinic writes once for every language, or once per language: `{ en: "…", tr: "…" }`. */
export const textPerLanguage = (what: string, max: number, example: string) =>
	z.union([text(what, max), z.partialRecord(z.enum(languageCodes), text(what, max))], {
		error: `must be ${what} as text, or one per language like ${example} (languages: ${languageCodes.join(', ')})`,
	});
