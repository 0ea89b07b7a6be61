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

/** A calendar date written out for readers of `lang`, e.g. "12 March 2027" or "12 Mart 2027". */
export function formatLongDate(isoDate: string, lang: Lang): string {
	return formatDate(isoDate, languages[lang].tag, 'long');
}
