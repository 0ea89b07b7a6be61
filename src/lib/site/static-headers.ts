/**
 * The `_headers` file that Netlify, Cloudflare Pages and similar CDNs read, and that the local
 * server and the browser tests apply. Pure: the integration hands in what it read from `dist/`.
 */

import { sitePolicy, type PathMatch, type SitePolicy } from './hosting/policy.ts';

/** The `_headers` patterns of a rule's paths (`*` matches any run of characters). */
function patterns(base: string, match: PathMatch): string[] {
	if (match.kind === 'pages') return [base, `${base}*/`];
	if (match.kind === 'file') return [`${base}${match.name}`];
	return [`${base}${match.name}/*`];
}

/**
 * The `_headers` file of a site's policy: its security headers for every file, then each
 * `Cache-Control` in a rule of its own, because Netlify and Cloudflare Pages join the values of
 * every matching rule. (Both serve `404.html` for unknown addresses and add the trailing slash
 * to a folder's address by themselves.)
 *
 * @example
 * headersFile(sitePolicy('/patients/', ["script-src 'self'"])).split('\n')[0] // => '/patients/*'
 */
export function headersFile(policy: SitePolicy): string {
	const { base } = policy;
	return [
		`${base}*`,
		...policy.security.map(([name, value]) => `  ${name}: ${value}`),
		...policy.caching.flatMap(({ match, cacheControl }) => patterns(base, match).flatMap((pattern) => [pattern, `  Cache-Control: ${cacheControl}`])),
		'',
	].join('\n');
}

/**
 * The `_headers` file of a site built under `base` whose pages carry `pagePolicies`
 * (see {@link sitePolicy}).
 *
 * @example
 * buildHeadersFile('/patients/', ["script-src 'self'"]).split('\n')[0] // => '/patients/*'
 */
export function buildHeadersFile(base: string, pagePolicies: readonly string[], options: { hsts?: boolean } = {}): string {
	return headersFile(sitePolicy(base, pagePolicies, options));
}

export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

/**
 * Reads a `_headers` file into rules. A pattern's `*` matches any run of characters.
 *
 * @example
 * parseHeadersFile('/*\n  X-A: 1\n')[0] // => { pattern: '/*', headers: [['X-A', '1']] }
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/** The headers that apply to a URL path, later rules adding to (and overriding) earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const result = new Map<string, string>();
	for (const rule of rules) {
		const pattern = new RegExp(`^${rule.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
		if (pattern.test(path)) for (const [name, value] of rule.headers) result.set(name, value);
	}
	return result;
}
