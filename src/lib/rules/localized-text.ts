/*
 * Text a clinic writes once per language: group names, notes, follow-up names. Shared by the
 * medication rules and the planner, so neither owns the other's vocabulary. Plain types and one
 * pure function: safe to ship to the browser.
 */

/** A language code such as `en` or `tr` (BCP 47, as in the page's `lang` attribute). */
export type LanguageCode = string;

/** Patient-facing text in one or more languages, keyed by language code. */
export type LocalizedText = Readonly<Record<LanguageCode, string>>;

/** Patient-facing names in one or more languages, keyed by language code. */
export type LocalizedList = Readonly<Record<LanguageCode, readonly string[]>>;

/**
 * Text in the page's language, else English, else any language the clinic gave.
 *
 * @example
 * localized({ en: 'Pain', tr: 'Ağrı' }, 'tr')
 * //=> 'Ağrı'
 */
export function localized(text: LocalizedText, lang: string): string {
	return text[lang] ?? text['en'] ?? Object.values(text)[0] ?? '';
}
