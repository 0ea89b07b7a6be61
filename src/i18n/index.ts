import { languages, type Lang } from './languages.ts';
import { fill, type Vars } from './fill.ts';
import { formatDate } from './format-date.ts';
import { en, type StringKey, type UiStrings } from './strings/en.ts';
import { tr } from './strings/tr.ts';

export { languages, languageCodes, isLang, type Lang } from './languages.ts';
export type { StringKey, UiStrings } from './strings/en.ts';

/** Each language's interface strings; a language in `languages.ts` without strings fails the type check. */
export const strings: Record<Lang, UiStrings> = { en, tr };

export { fill, type Vars } from './fill.ts';

/** A translator for one language: `t('nav.guides')`, `t('footer.emergency', { number: '999' })`. */
export function translator(lang: Lang) {
	const table = strings[lang];
	return (key: StringKey, vars?: Vars): string => fill(table[key], vars);
}

export type Translate = ReturnType<typeof translator>;

/**
 * A page's words in one language, as the middleware puts them on `Astro.locals`: the language, its
 * BCP 47 tag and its translator. Build scripts and tests that write a page's text take them here.
 */
export function pageWords(lang: Lang): { lang: Lang; tag: string; t: Translate } {
	return { lang, tag: languages[lang].tag, t: translator(lang) };
}

/** Each date already written out, by language and date: a build writes the same few on every guide. */
const longDates = new Map<string, string>();

/**
 * A calendar date written out for readers of `lang`, e.g. "12 March 2027" or "12 Mart 2027".
 * Remembered (a pure function of its arguments): each call builds an `Intl.DateTimeFormat`, and a
 * thousand-guide build asked for about 3,000 dates, most of them the same (issue 26).
 */
export function formatLongDate(isoDate: string, lang: Lang): string {
	const key = `${lang} ${isoDate}`;
	let text = longDates.get(key);
	if (text === undefined) longDates.set(key, (text = formatDate(isoDate, languages[lang].tag, 'long')));
	return text;
}
