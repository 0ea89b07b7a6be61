/** Values filled into `{name}` placeholders. */
export type Vars = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders in a string. A placeholder without a value is left as it is,
 * so a missing value shows up in tests instead of vanishing. Small and dependency-free, so
 * browser islands can use it without loading every language's strings.
 *
 * @example
 * fill('Call {phone}', { phone: '999' }) // => 'Call 999'
 */
export function fill(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}

/**
 * A sentence or heading with its first letter capitalised in the language's own casing, so a
 * sentence that opens with a name ("ibuprofen: …") starts as a sentence must. The rest of the text,
 * names included, keeps its case.
 *
 * @example
 * [capitalise('ibuprofen: Almaya devam edebilirsiniz.', 'tr-TR'), capitalise('ibuprofen: keep taking it.', 'en-GB')]
 * //=> ['İbuprofen: Almaya devam edebilirsiniz.', 'Ibuprofen: keep taking it.']
 */
export function capitalise(text: string, tag: string): string {
	const first = text.codePointAt(0);
	if (first === undefined) return text;
	const letter = String.fromCodePoint(first);
	return letter.toLocaleUpperCase(tag) + text.slice(letter.length);
}
