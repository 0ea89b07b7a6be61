import type { Lang } from '../../../i18n/languages.ts';

/** A clinic setting written once for every language, or once per language. */
export type TextPerLanguage = string | Partial<Record<Lang, string>>;

/**
 * A clinic's text in the page's language: the text itself when the clinic gave one for every
 * language, else the page language's, else the default language's, else the first given.
 *
 * @example
 * clinicText({ en: 'Call NHS 111', tr: 'NHS 111’i arayın' }, 'tr', 'en') // => 'NHS 111’i arayın'
 * clinicText('Monday to Friday, 9am to 5pm', 'tr', 'en') // => 'Monday to Friday, 9am to 5pm'
 * clinicText({ en: 'Call NHS 111' }, 'tr', 'en') // => 'Call NHS 111'
 */
export function clinicText(value: TextPerLanguage, lang: Lang, defaultLang: Lang): string {
	if (typeof value === 'string') return value;
	return value[lang] ?? value[defaultLang] ?? Object.values(value).find((text) => text !== undefined) ?? '';
}
