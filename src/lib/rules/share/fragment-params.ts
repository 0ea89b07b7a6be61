/*
 * Reading and writing `key=value&key=value` in a URL fragment (`#…`). The fragment never reaches
 * a server, so a shared plan stays out of server logs. Values here are ids and dates made of
 * URL-safe characters, so nothing needs escaping when writing; reading still decodes %XX in
 * case an app escaped the link on the way.
 */

/** Fragments longer than this are cut before reading: no real plan comes close. */
export const MAX_FRAGMENT_LENGTH = 2000;

/**
 * Reads the parameters of a URL fragment, with or without its leading `#`. The first value of a
 * repeated key wins; anything unreadable is skipped. Never throws.
 *
 * @example
 * Object.fromEntries(parseFragmentParams('#t=2027-03-12&m=ibuprofen,naproxen&t=2030-01-01'))
 * //=> { t: '2027-03-12', m: 'ibuprofen,naproxen' }
 */
export function parseFragmentParams(fragment: string | null | undefined): Map<string, string> {
	const params = new Map<string, string>();
	if (typeof fragment !== 'string') return params;
	const text = fragment.slice(0, MAX_FRAGMENT_LENGTH).replace(/^#/, '');
	for (const pair of text.split('&')) {
		const separator = pair.indexOf('=');
		if (separator <= 0) continue;
		const key = safeDecode(pair.slice(0, separator));
		const value = safeDecode(pair.slice(separator + 1));
		if (key === null || value === null || params.has(key)) continue;
		params.set(key, value);
	}
	return params;
}

/**
 * Writes parameters as a URL fragment, leaving out empty values. Gives `''` when nothing is left.
 * The values must already be URL-safe (letters, digits, `-`, `,`, `.`, `_`).
 *
 * @example
 * formatFragmentParams([['t', '2027-03-12'], ['m', ''], ['ok', 'rivaroxaban']])
 * //=> '#t=2027-03-12&ok=rivaroxaban'
 */
export function formatFragmentParams(entries: readonly (readonly [string, string])[]): string {
	const pairs = entries.filter(([, value]) => value !== '').map(([key, value]) => `${key}=${value}`);
	return pairs.length === 0 ? '' : `#${pairs.join('&')}`;
}

/**
 * Splits a comma-separated list value, keeping the values that pass `isValid`, each once, in order,
 * at most `limit` of them.
 *
 * @example
 * splitList('a,b,,a,B', (value) => /^[a-z]$/.test(value))
 * //=> ['a', 'b']
 */
export function splitList(value: string | undefined, isValid: (item: string) => boolean, limit = 100): string[] {
	if (value === undefined) return [];
	const result: string[] = [];
	for (const item of value.split(',')) {
		if (result.length >= limit) break;
		if (item !== '' && !result.includes(item) && isValid(item)) result.push(item);
	}
	return result;
}

function safeDecode(value: string): string | null {
	try {
		return decodeURIComponent(value);
	} catch {
		return null;
	}
}
