/**
 * CloudFront response-headers policies for the site's policy: one per cache behavior (the
 * default for pages, `404.html`, `sw.js` and other files; one for `_astro/`; one for
 * `pagefind/`), each a `ResponseHeadersPolicyConfig` as `aws cloudfront
 * create-response-headers-policy` takes it, and the distribution's custom error responses.
 *
 * CloudFront takes a Content-Security-Policy of at most 1,783 characters (its quota "Length of
 * the content security policy value in a response headers policy"). A longer one cannot go in
 * the policy whole: the header then carries only the directives without hashes that no
 * directive falls back from (never `default-src` or `script-src`), and each page's own
 * `<meta>` policy, which a browser enforces as well, carries the rest. `shortened` says so.
 * The configs are typed with the AWS SDK's own API shapes, so the type check holds them to it.
 */
import type { CustomErrorResponses, ReferrerPolicyList, ResponseHeadersPolicyConfig } from '@aws-sdk/client-cloudfront';
import { cspOf, parseCsp, type CacheRule, type Header, type SitePolicy } from './policy.ts';

export const CLOUDFRONT_CSP_LIMIT = 1783;

/** Directives a shortened header policy leaves to the pages' `<meta>` policies. */
const FALLS_BACK = new Set(['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem', 'script-src-attr', 'style-src-attr']);

/**
 * The policy's CSP as CloudFront can carry it.
 *
 * @example
 * cloudFrontCsp("default-src 'self'; frame-ancestors 'none'", 10) // => { value: "frame-ancestors 'none'", shortened: true }
 */
export function cloudFrontCsp(csp: string, limit = CLOUDFRONT_CSP_LIMIT): { value: string; shortened: boolean } {
	if (csp.length <= limit) return { value: csp, shortened: false };
	const kept = [...parseCsp(csp)].filter(([name, sources]) => !FALLS_BACK.has(name) && !sources.some((s) => /^'(sha|nonce)/.test(s)));
	return { value: kept.map(([name, sources]) => [name, ...sources].join(' ')).join('; '), shortened: true };
}

function headersPolicy(name: string, comment: string, security: readonly Header[], csp: string, cacheControl: string): ResponseHeadersPolicyConfig {
	const value = (header: string) => security.find(([n]) => n === header)?.[1];
	const hsts = value('Strict-Transport-Security');
	const handled = new Set(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Strict-Transport-Security']);
	const custom = [...security.filter(([n]) => !handled.has(n)), ['Cache-Control', cacheControl] as const];
	return {
		Name: name,
		Comment: comment.slice(0, 128),
		SecurityHeadersConfig: {
			ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: csp },
			ContentTypeOptions: { Override: true },
			ReferrerPolicy: { Override: true, ReferrerPolicy: (value('Referrer-Policy') ?? 'no-referrer') as ReferrerPolicyList },
			FrameOptions: { Override: true, FrameOption: value('X-Frame-Options') === 'SAMEORIGIN' ? 'SAMEORIGIN' : 'DENY' },
			...(hsts ? { StrictTransportSecurity: { Override: true, AccessControlMaxAgeSec: Number(/max-age=(\d+)/.exec(hsts)?.[1]), IncludeSubdomains: false, Preload: false } } : {}),
		},
		CustomHeadersConfig: { Quantity: custom.length, Items: custom.map(([Header, Value]) => ({ Header, Value, Override: true })) },
	};
}

/** The rule of the default behavior: pages, which every other path there follows. */
const pagesRule = (rules: readonly CacheRule[]) => rules.find((r) => r.match.kind === 'pages');

/**
 * @example
 * JSON.parse(cloudFrontPolicies(sitePolicy('/b/', [])).json).behaviors.map((b) => b.PathPattern)
 * // => ['Default (*)', 'b/_astro/*', 'b/pagefind/*']
 */
export function cloudFrontPolicies(policy: SitePolicy): { json: string; shortened: boolean } {
	const { base } = policy;
	const csp = cloudFrontCsp(cspOf(policy));
	const name = `clinic-site${base.replaceAll('/', '-')}`.replace(/-+$/, '');
	const folders = policy.caching.flatMap(({ match, cacheControl }) => (match.kind === 'folder' ? [{ folder: match.name, cacheControl }] : []));
	const behaviors = [
		{ PathPattern: 'Default (*)', Name: `${name}-pages`, cacheControl: pagesRule(policy.caching)?.cacheControl ?? 'no-cache' },
		...folders.map(({ folder, cacheControl }) => ({ PathPattern: `${base.slice(1)}${folder}/*`, Name: `${name}-${folder.replace(/^_/, '')}`, cacheControl })),
	];
	const note = csp.shortened
		? `The site's CSP is longer than CloudFront's ${CLOUDFRONT_CSP_LIMIT} characters: the header carries its directives without hashes, each page's <meta> policy the rest.`
		: 'Build again after each change: the CSP hashes change with the pages.';
	const config = {
		note,
		behaviors: behaviors.map(({ PathPattern, Name, cacheControl }) => ({
			PathPattern,
			ResponseHeadersPolicyConfig: headersPolicy(Name, `Patient site ${base}: ${cacheControl}`, policy.security, csp.value, cacheControl),
		})),
		CustomErrorResponses: {
			Quantity: 2,
			// A bucket answers 403 for a file that is not there unless listing is allowed.
			Items: [403, 404].map((ErrorCode) => ({ ErrorCode, ResponsePagePath: `${base}${policy.notFound}`, ResponseCode: '404', ErrorCachingMinTTL: 10 })),
		} satisfies CustomErrorResponses,
	};
	return { json: `${JSON.stringify(config, null, '\t')}\n`, shortened: csp.shortened };
}
