/*
 * The search query lives in the URL fragment (`#q=fever`), which the browser never sends to the
 * host: health searches are personal, and a path or query string ends up in server logs.
 */

/**
 * The fragment (without '#') for a query.
 *
 * @example
 * queryHash('high fever') // => 'q=high+fever'
 */
export function queryHash(query: string): string {
	return new URLSearchParams({ q: query }).toString();
}

/**
 * The query in a fragment, trimmed; '' when there is none.
 *
 * @example
 * queryFromHash('#q=high+fever') // => 'high fever'
 * queryFromHash('#main-content') // => ''
 */
export function queryFromHash(hash: string): string {
	return new URLSearchParams(hash.replace(/^#/, '')).get('q')?.trim() ?? '';
}
