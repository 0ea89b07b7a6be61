import { describe, expect, test } from 'vitest';
import { cspOf, pathRegExp, sitePolicy, type PathMatch } from './policy.ts';

describe('the site policy', () => {
	const policy = sitePolicy('/b/', ["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"], { hsts: true });

	test('one CSP from every page’s, with the header-only directives, first among the security headers', () => {
		expect(policy.security[0]).toEqual(['Content-Security-Policy', "script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'"]);
		expect(cspOf(policy)).toBe(policy.security[0]?.[1]);
		expect(policy.security.map(([name]) => name)).toContain('Strict-Transport-Security');
		expect(sitePolicy('/b/', []).security.map(([name]) => name)).not.toContain('Strict-Transport-Security');
	});

	test('its path rules, as regular expressions, give no address two Cache-Control values', () => {
		const paths: Record<string, string | undefined> = {
			'/b/': 'no-cache',
			'/b/guides/costs/': 'no-cache',
			'/b/tr/guides/costs/index.html': 'no-cache',
			'/b/404.html': 'no-cache',
			'/b/sw.js': 'no-cache',
			'/b/_astro/Planner.Ab12.js': 'public, max-age=31536000, immutable',
			'/b/pagefind/pagefind.js': 'public, max-age=3600',
			'/b/logo.svg': undefined,
			'/b/guides/costs': undefined,
			'/other/': undefined,
		};
		for (const [path, expected] of Object.entries(paths)) {
			const matching = policy.caching.filter(({ match }) => new RegExp(pathRegExp('/b/', match)).test(path));
			expect(matching.map((rule) => rule.cacheControl), path).toEqual(expected ? [expected] : []);
		}
	});

	test('paths with dots or other special characters in the base match only themselves', () => {
		const file: PathMatch = { kind: 'file', name: 'sw.js' };
		expect(new RegExp(pathRegExp('/a.b/', file)).test('/a.b/sw.js')).toBe(true);
		expect(new RegExp(pathRegExp('/a.b/', file)).test('/aXb/swXjs')).toBe(false);
	});
});
