/**
 * The languages this site can be built in. Adding a language means adding its strings file
 * (`src/i18n/strings/<code>.ts`), its guides folder (`src/content/guides/<code>/`) and one entry
 * here; no component changes.
 */
export const languages = {
	en: {
		/** The language's own name, as the language switcher shows it. */
		name: 'English',
		/** BCP 47 tag for `<html lang>`, `hreflang` and `Intl` formatting. */
		tag: 'en-GB',
		dir: 'ltr',
	},
	tr: {
		name: 'Türkçe',
		tag: 'tr-TR',
		dir: 'ltr',
	},
} as const;

export type Lang = keyof typeof languages;

export const languageCodes = Object.keys(languages) as [Lang, ...Lang[]];

/** True when `code` is a language this site has strings and guides for. */
export function isLang(code: string): code is Lang {
	return Object.hasOwn(languages, code);
}
