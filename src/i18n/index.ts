import { languages, type Lang } from './languages.ts';
import { en, type StringKey, type UiStrings } from './strings/en.ts';
import { tr } from './strings/tr.ts';

export { languages, languageCodes, isLang, type Lang } from './languages.ts';
export type { StringKey, UiStrings } from './strings/en.ts';

/** Each language's interface strings; a language in `languages.ts` without strings fails the type check. */
export const strings: Record<Lang, UiStrings> = { en, tr };

/** Values filled into `{name}` placeholders. */
export type Vars = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders in a string. A placeholder without a value is left as it is,
 * so a missing value shows up in tests instead of vanishing.
 *
 * @example
 * fill('Call {phone}', { phone: '999' }) // => 'Call 999'
 */
export function fill(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		Object.hasOwn(vars, name) ? String(vars[name]) : match,
	);
}

/** A translator for one language: `t('nav.guides')`, `t('footer.emergency', { number: '999' })`. */
export function translator(lang: Lang) {
	const table = strings[lang];
	return (key: StringKey, vars?: Vars): string => fill(table[key], vars);
}

export type Translate = ReturnType<typeof translator>;

/**
 * A calendar date written out for readers of `lang`, e.g. "12 March 2027" or "12 Mart 2027".
 * The date is read as a calendar date: no time zone can move it to another day.
 */
export function formatLongDate(isoDate: string, lang: Lang): string {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(languages[lang].tag, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(y, m - 1, d)));
}
