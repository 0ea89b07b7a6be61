/**
 * The site's page policy: the one list every host's config is written from (`_headers`, nginx,
 * Caddy, Apache, Vercel, Azure Static Web Apps, Firebase, CloudFront), so no host loses the
 * Content-Security-Policy, the caching that brings a deploy to a returning patient, the 404
 * page or the trailing-slash rule. Pure: the build hands in the policies it read from the pages.
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

/** Which addresses below the base a rule covers; each host's module writes it in its own syntax. */
export type PathMatch =
	/** Every page: a folder's address (`dir/`, the file `dir/index.html`) and the base itself. */
	| { kind: 'pages' }
	/** One file right below the base, like `sw.js`. */
	| { kind: 'file'; name: string }
	/** Every file below a folder under the base, like `_astro`. */
	| { kind: 'folder'; name: string };

export interface CacheRule {
	match: PathMatch;
	cacheControl: string;
}

export type Header = readonly [name: string, value: string];

export interface SitePolicy {
	/** The base path, with both slashes: `/` or `/patients/`. */
	base: string;
	/** Headers for every answer below the base, 404s included; the CSP comes first. */
	security: readonly Header[];
	/** `Cache-Control` by path; no address matches two rules (CDNs would join them). */
	caching: readonly CacheRule[];
	/** The page, below the base, served with status 404 for an address that has no file. */
	notFound: string;
	/**
	 * Every page's address ends in a slash: a folder asked for without it (`guides/costs`)
	 * is redirected to `guides/costs/`, on the same origin.
	 */
	trailingSlash: 'always';
}

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The policy of a site built under `base` whose pages carry `pagePolicies` in their `<meta>`
 * tags. Pages, `404.html` and the service worker are revalidated on every visit (`no-cache`),
 * so a deploy reaches a returning patient at once even where the host sends `Last-Modified`;
 * Astro's hashed assets are kept a year; the search bundle an hour. `hsts` adds
 * Strict-Transport-Security (the clinic's opt-in `site.hsts`).
 *
 * @example
 * sitePolicy('/patients/', ["script-src 'self'"]).security[0]
 * // => ['Content-Security-Policy', "script-src 'self'; frame-ancestors 'none'"]
 */
export function sitePolicy(base: string, pagePolicies: readonly string[], { hsts = false }: { hsts?: boolean } = {}): SitePolicy {
	const csp = [mergeCsp(pagePolicies), ...HEADER_ONLY_CSP].filter(Boolean).join('; ');
	return {
		base,
		security: [
			['Content-Security-Policy', csp],
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', 'no-referrer'],
			['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
			['Cross-Origin-Opener-Policy', 'same-origin'],
			['X-Frame-Options', 'DENY'],
			...(hsts ? [['Strict-Transport-Security', HSTS_HEADER] as const] : []),
		],
		caching: [
			{ match: { kind: 'pages' }, cacheControl: NO_CACHE },
			{ match: { kind: 'file', name: '404.html' }, cacheControl: NO_CACHE },
			{ match: { kind: 'file', name: 'sw.js' }, cacheControl: NO_CACHE },
			{ match: { kind: 'folder', name: '_astro' }, cacheControl: IMMUTABLE },
			{ match: { kind: 'folder', name: 'pagefind' }, cacheControl: 'public, max-age=3600' },
		],
		notFound: '404.html',
		trailingSlash: 'always',
	};
}

/** The policy's Content-Security-Policy value. */
export const cspOf = (policy: SitePolicy): string => policy.security.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';

/** Headers as the `{ key, value }` objects of Vercel's and Firebase's configs. */
export const keyValues = (headers: readonly Header[]) => headers.map(([key, value]) => ({ key, value }));

/** Escapes text for use inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression (source text) for the request paths a rule covers, for the hosts whose
 * configs match paths by regular expression (Caddy, Apache, Firebase). Pages match by their
 * folder address and by the `index.html` it serves, as a server may match either.
 *
 * @example
 * ['/b/', '/b/guides/', '/b/404.html', '/b/sw.js'].map((p) => new RegExp(pathRegExp('/b/', { kind: 'pages' })).test(p))
 * // => [true, true, false, false]
 * pathRegExp('/b/', { kind: 'folder', name: '_astro' }) // => '^/b/_astro/'
 */
export function pathRegExp(base: string, match: PathMatch): string {
	const root = `^${escapeRegExp(base)}`;
	if (match.kind === 'pages') return `${root}(.*/)?(index\\.html)?$`;
	if (match.kind === 'file') return `${root}${escapeRegExp(match.name)}$`;
	return `${root}${escapeRegExp(match.name)}/`;
}

/** The note each generated config opens with. */
export const GENERATED_NOTE = "Written by the build from the site's page policy (src/lib/site/hosting/policy.ts). Do not edit: build again after each change, as the CSP's hashes change with the pages.";
