import { CONTROL_CHARACTER, controlCharacterIn } from './yaml-checks.ts';

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'gu');

/*
 * Checks on the settings as written that span every field, run once the schema has accepted
 * the file: no text too long to show, and translated text only in the site's languages. Pure:
 * each returns the problems as path, value and what to do; load.ts writes the sentences.
 */

export interface SettingsProblem {
	path: (string | number)[];
	value: unknown;
	/** A predicate, as zod messages are: "must be …". */
	message: string;
}

/** No text in the settings may be longer than this: a patient reads it on a phone. */
export const MAX_TEXT_LENGTH = 500;

/** A key that looks like a language code: `en`, `tr`, `pt-BR`. */
const LANGUAGE_KEY = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Visit = (value: unknown, path: (string | number)[]) => void;

function walk(value: unknown, visit: Visit, path: (string | number)[] = []): void {
	visit(value, path);
	if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, [...path, i]));
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, visit, [...path, key]);
}

/**
 * Every text longer than `max` characters.
 *
 * @example
 * checkTextLengths({ clinic: { name: 'x'.repeat(501) } }).map((p) => p.path.join('.')) // => ['clinic.name']
 */
export function checkTextLengths(data: unknown, max = MAX_TEXT_LENGTH): SettingsProblem[] {
	const problems: SettingsProblem[] = [];
	walk(data, (value, path) => {
		if (typeof value === 'string' && value.length > max) {
			problems.push({ path, value, message: `must be ${max} characters or fewer; patients read it on a phone, so say it shorter` });
		}
	});
	return problems;
}

/** True for text given per language: `{ en: '…', tr: '…' }` or `{ en: ['…'] }`. */
function isTranslatedText(value: unknown): value is Record<string, unknown> {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const entries = Object.entries(value);
	return (
		entries.length > 0 &&
		entries.every(([key, text]) => LANGUAGE_KEY.test(key) && (typeof text === 'string' || (Array.isArray(text) && text.every((t) => typeof t === 'string'))))
	);
}

/**
 * Text given in a language the site does not have (`{ fr: … }`), which a page would otherwise
 * show in place of its own language.
 *
 * @example
 * checkTextLanguages({ clinic: { reviewer: { role: { en: 'Consultant', fr: 'Consultant' } } } }, ['en', 'tr'])
 *   .map((p) => p.path.join('.')) // => ['clinic.reviewer.role.fr']
 */
export function checkTextLanguages(data: unknown, siteLanguages: readonly string[]): SettingsProblem[] {
	const problems: SettingsProblem[] = [];
	walk(data, (value, path) => {
		if (!isTranslatedText(value)) return;
		for (const [key, text] of Object.entries(value)) {
			if (!siteLanguages.includes(key)) {
				problems.push({
					path: [...path, key],
					value: text,
					message: `is text in "${key}", a language this site does not have; give the text in ${siteLanguages.join(' or ')} only, or remove the "${key}" line`,
				});
			}
		}
	});
	return problems;
}

/**
 * Every text holding an invisible control character (or a bidirectional override that makes it
 * read in another order), which a page would publish as it is.
 *
 * @example
 * checkControlCharacters({ clinic: { name: 'Clinic\u0007' } }).map((p) => p.message) // => ['holds an invisible control character (U+0007); retype the text without it']
 */
export function checkControlCharacters(data: unknown): SettingsProblem[] {
	const problems: SettingsProblem[] = [];
	walk(data, (value, path) => {
		const character = typeof value === 'string' ? controlCharacterIn(value) : undefined;
		if (character && typeof value === 'string') problems.push({ path, value: value.replace(CONTROL_CHARACTERS, '�'), message: `holds an invisible control character (${character}); retype the text without it` });
	});
	return problems;
}

/**
 * Text given per language that leaves out a language the site publishes: the pages of that
 * language would show it in another. A warning, not an error: one text for every language (a
 * name, a number) is allowed, so an English-only text is not wrong in itself.
 *
 * @example
 * checkMissingLanguages({ clinic: { openingHours: { en: '9 to 5' } } }, ['en', 'tr']).map((p) => p.path.join('.')) // => ['clinic.openingHours']
 */
export function checkMissingLanguages(data: unknown, enabled: readonly string[]): SettingsProblem[] {
	const problems: SettingsProblem[] = [];
	walk(data, (value, path) => {
		if (!isTranslatedText(value)) return;
		const missing = enabled.filter((lang) => !(lang in value));
		if (missing.length === 0 || missing.length === enabled.length) return;
		const shown = enabled.find((lang) => lang in value);
		problems.push({
			path,
			value,
			message: `has no text in ${missing.map((l) => `"${l}"`).join(' or ')}, a language the site publishes, so those pages show it in "${shown}"; add a ${missing.map((l) => `${l}:`).join(' and ')} line`,
		});
	});
	return problems;
}
