import { z } from 'zod';
import { LANGUAGE_CODE_PATTERN } from './limits.ts';

/*
 * Text a clinic writes in one or more languages (./localized-text.ts is its type), as the settings
 * schemas parse it at build time: the medication rules' names and notes (./medication/schema.ts)
 * and the treatment's visits (src/lib/site/settings/treatment-schema.ts).
 */

const LANGUAGE_CODE_MESSAGE = 'Use a language code such as "en" or "tr".';
const languageCode = z
	.string()
	.regex(LANGUAGE_CODE_PATTERN, LANGUAGE_CODE_MESSAGE)
	.describe('A language code such as "en" or "tr".');
/** Replaces zod's "Invalid key in record" with what to do. */
const recordError = (issue: { code?: string | undefined }) =>
	issue.code === 'invalid_key' ? LANGUAGE_CODE_MESSAGE : undefined;

const text = z.string().trim().min(1, 'Write some text, or leave this language out.');

/** Text in one or more languages, keyed by language code: `{ en: '…', tr: '…' }`. */
export const localizedTextSchema = z
	.record(languageCode, text, { error: recordError })
	.refine((value) => Object.keys(value).length > 0, 'Give the text in at least one language, for example { en: "…" }.')
	.describe('Text in one or more languages, keyed by language code, for example { en: "…", tr: "…" }.');

/** Lists of names in one or more languages, keyed by language code: `{ en: ['…'], tr: ['…'] }`. */
export const localizedListSchema = z
	.record(languageCode, z.array(text), { error: recordError })
	.describe('Lists of names in one or more languages, keyed by language code, for example { en: ["Brufen"] }.');
