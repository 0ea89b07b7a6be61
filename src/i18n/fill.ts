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
