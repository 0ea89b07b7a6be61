/**
 * Picks a message's plural form for a count with the language's own plural rules
 * (`Intl.PluralRules`): strings hold `<base>.one`, `<base>.other` and, for languages that need
 * them, `.two`, `.few`, `.many`, `.zero`. A form a language does not give falls back to `.other`.
 *
 * @example
 * pluralKey('planner.result.summary', 1, 'en-GB', (key) => key.endsWith('.one') || key.endsWith('.other'))
 * //=> 'planner.result.summary.one'
 */
export function pluralKey<Base extends string>(base: Base, count: number, tag: string, has: (key: string) => boolean): `${Base}.${Intl.LDMLPluralRule}` {
	const form = new Intl.PluralRules(tag).select(count);
	return has(`${base}.${form}`) ? `${base}.${form}` : `${base}.other`;
}
