/**
 * Where a request's path leads on a static host, decided before the disk is touched: decoded
 * once, split below the base, and refused where a static host never serves (scripts/serve.ts).
 */

/** Where a request path leads, decided before touching the disk. */
export type Resolved =
	| { kind: 'bad-request' }
	| { kind: 'not-found' }
	/** `segments` below the base; `folder` when the path ends in a slash. */
	| { kind: 'path'; decoded: string; segments: string[]; folder: boolean };

/**
 * Decodes a request's path (the part before `?`) once and splits it below `base`. Refuses what
 * a static host never serves: undecodable bytes and NUL (400), anything outside the base, `.`
 * and `..`, empty segments, dotfiles and the `_headers` file (404).
 *
 * @example
 * resolveRequestPath('/b/guides/costs/', '/b/') // => { kind: 'path', decoded: '/b/guides/costs/', segments: ['guides', 'costs'], folder: true }
 * resolveRequestPath('/%ff', '/') // => { kind: 'bad-request' }
 * resolveRequestPath('/b/_headers', '/b/') // => { kind: 'not-found' }
 */
export function resolveRequestPath(rawPath: string, base: string): Resolved {
	if (!rawPath.startsWith('/')) return { kind: 'bad-request' };
	let decoded: string;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return { kind: 'bad-request' };
	}
	if (decoded.includes('\0')) return { kind: 'bad-request' };
	if (!decoded.startsWith(base)) return { kind: 'not-found' };
	const folder = decoded.endsWith('/');
	const rest = decoded.slice(base.length);
	const segments = rest === '' ? [] : (folder ? rest.slice(0, -1) : rest).split('/');
	const refused = segments.some((s) => s === '' || s.startsWith('.') || s.includes('\\'));
	if (refused || segments.at(-1) === '_headers') return { kind: 'not-found' };
	return { kind: 'path', decoded, segments, folder };
}

/**
 * The `Location` of the redirect from a folder without its slash: the decoded path written out
 * again segment by segment, so it always stays on this origin.
 *
 * @example
 * folderRedirect('/b/', ['guides', 'costs'], '?x=1') // => '/b/guides/costs/?x=1'
 */
export function folderRedirect(base: string, segments: readonly string[], query: string): string {
	return `${base}${segments.map(encodeURIComponent).join('/')}/${query}`;
}
