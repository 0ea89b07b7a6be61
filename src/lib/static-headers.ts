/**
 * The `_headers` file that Netlify, Cloudflare Pages and similar CDNs read, and that the local
 * server and the browser tests apply. Pure: the integration hands in what it read from `dist/`.
 */

/**
 * Reads a Content-Security-Policy string into directive name -> sources.
 *
 * @example
 * parseCsp("script-src 'self' 'sha256-x'; img-src 'self'")
 * // => new Map([['script-src', ["'self'", "'sha256-x'"]], ['img-src', ["'self'"]]])
 */
export function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/**
 * One policy that allows what any of the pages' own policies allows, directive by directive.
 * Each page still carries its own, narrower policy in a `<meta>` tag; a browser enforces both,
 * so a page gets no more than its own policy allows.
 *
 * @example
 * mergeCsp(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"])
 * // => "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function mergeCsp(policies: readonly string[]): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of parseCsp(policy)) {
			const set = merged.get(name) ?? new Set<string>();
			for (const source of sources) set.add(source);
			merged.set(name, set);
		}
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Directives that only an HTTP header can carry (a `<meta>` policy ignores them). */
const HEADER_ONLY_CSP = ["frame-ancestors 'none'"];

/** One year: what HSTS preload lists and browsers expect as the least useful max-age. */
export const HSTS_HEADER = 'max-age=31536000';

/**
 * The `_headers` file: security headers and the merged policy for every file; pages (and the
 * service worker) revalidated on every visit with `no-cache`, so a deploy reaches a returning
 * patient at once even where the host also sends `Last-Modified`; long caching for Astro's
 * hashed assets; short caching for the search bundle. Each `Cache-Control` sits in a rule of its
 * own, because Netlify and Cloudflare Pages join the values of every matching rule.
 * `hsts` adds Strict-Transport-Security (the clinic's opt-in `site.hsts`).
 *
 * @example
 * buildHeadersFile('/patients/', ["script-src 'self'"]).split('\n')[0] // => '/patients/*'
 */
export function buildHeadersFile(base: string, pagePolicies: readonly string[], { hsts = false }: { hsts?: boolean } = {}): string {
	const csp = [mergeCsp(pagePolicies), ...HEADER_ONLY_CSP].filter(Boolean).join('; ');
	const revalidate = [base, `${base}*/`, `${base}404.html`, `${base}sw.js`].flatMap((pattern) => [pattern, '  Cache-Control: no-cache']);
	return [
		`${base}*`,
		`  Content-Security-Policy: ${csp}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: no-referrer',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'  Cross-Origin-Opener-Policy: same-origin',
		'  X-Frame-Options: DENY',
		...(hsts ? [`  Strict-Transport-Security: ${HSTS_HEADER}`] : []),
		...revalidate,
		`${base}_astro/*`,
		'  Cache-Control: public, max-age=31536000, immutable',
		`${base}pagefind/*`,
		'  Cache-Control: public, max-age=3600',
		'',
	].join('\n');
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
