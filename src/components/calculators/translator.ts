import { capitalise, fill, type Vars } from '../../i18n/fill.ts';
import { pluralKey } from '../../i18n/plural.ts';

/** An island's words, by key: a language's strings picked at build time (or loaded with a chunk). */
export type Words<Key extends string> = { readonly [K in Key]: string };

/** Says a message: its template filled in, as a whole sentence starting with a capital. */
export type Translate<Key extends string> = (key: Key, vars?: Vars) => string;

/**
 * The islands' one translator: every word a patient sees comes from the language's strings as a
 * whole sentence, its `{name}` placeholders filled, and its first letter capitalised in the
 * language's own casing (a sentence may open with a name: "ibuprofen: …" becomes "Ibuprofen: …").
 *
 * @example
 * translator({ 'calc.added': '{name} added' }, 'tr-TR')('calc.added', { name: 'ibuprofen' })
 * //=> 'İbuprofen added'
 */
export function translator<Key extends string>(words: Words<Key>, tag: string): Translate<Key> {
	return (key, vars) => capitalise(fill(words[key], vars), tag);
}

/**
 * The same for a message with plural forms (`<base>.one`, `<base>.other`, …): the form the
 * count needs in the language (`Intl.PluralRules`, src/i18n/plural.ts).
 *
 * @example
 * pluralTranslator({ 'x.one': '{count} session', 'x.other': '{count} sessions' }, 'en-GB')('x', 2, { count: 2 })
 * //=> '2 sessions'
 */
export function pluralTranslator<Key extends string>(words: Words<Key>, tag: string): (base: string, count: number, vars?: Vars) => string {
	const t = translator(words, tag);
	return (base, count, vars) => t(pluralKey(base, count, tag, (key) => key in words) as Key, vars);
}
