import { describe, expect, test } from 'vitest';
import { sitePathsIn } from '../../../../tests/support/config-paths.ts';
import { headersFile } from '../static-headers.ts';
import { htaccess } from './apache.ts';
import { staticWebAppConfig } from './azure.ts';
import { caddyfile } from './caddy.ts';
import { cloudFrontPolicies } from './cloudfront.ts';
import { firebaseJson } from './firebase.ts';
import { nginxServer } from './nginx.ts';
import { cspOf, sitePolicy } from './policy.ts';
import { vercelJson } from './vercel.ts';

/*
 * What every host's config must carry, whatever its syntax: the one CSP (never an old or a
 * shortened copy, where it fits), each security header, and paths under the base only.
 * Each host's own rules are tested on the real server (tests/hosts) or against its schema.
 */
const policy = sitePolicy('/patients/', ["default-src 'self'; script-src 'self' 'sha256-abc='"]);
const csp = cspOf(policy);
const configs: Record<string, string> = {
	_headers: headersFile(policy),
	nginx: nginxServer(policy),
	Caddyfile: caddyfile(policy),
	'.htaccess': htaccess(policy),
	'vercel.json': vercelJson(policy, 'dist'),
	'staticwebapp.config.json': staticWebAppConfig(policy),
	'firebase.json': firebaseJson(policy, 'dist'),
	'cloudfront.json': cloudFrontPolicies(policy).json,
};

describe.each(Object.entries(configs))('%s', (_name, text) => {
	test('carries the CSP whole, and no other', () => {
		const policies = [...text.matchAll(/default-src[^"\n]*/g)].map((m) => m[0]);
		expect(policies.length).toBeGreaterThan(0);
		for (const found of policies) expect(found).toBe(csp);
	});

	test('names every security header', () => {
		for (const [name, value] of policy.security.slice(1)) {
			const cloudFrontName = { 'X-Content-Type-Options': 'ContentTypeOptions', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' }[name];
			expect(text.includes(name) || (cloudFrontName !== undefined && text.includes(cloudFrontName)), name).toBe(true);
			expect(text).toContain(value === 'nosniff' && cloudFrontName && !text.includes('nosniff') ? 'ContentTypeOptions' : value);
		}
	});

	test('puts every site path under the base', () => {
		const paths = sitePathsIn(text);
		for (const path of paths) expect(path, path).toMatch(/^\/patients\//);
	});
});

describe('the hosts that have their own rules', () => {
	test('nginx repeats the security headers in each location, as an add_header there replaces the inherited ones', () => {
		const locations = nginxServer(policy).split(/\n\s*location /).slice(1);
		const withHeaders = locations.filter((block) => block.includes('add_header'));
		expect(withHeaders.length).toBe(policy.caching.length + 1);
		for (const block of withHeaders) expect(block).toContain(`add_header Content-Security-Policy "${csp}" always;`);
	});

	test('Apache fails loudly without mod_headers, never silently without the CSP', () => {
		expect(htaccess(policy)).not.toContain('IfModule');
	});

	test('vercel.json and firebase.json name the build folder they are for', () => {
		expect(JSON.parse(vercelJson(policy, 'dist-clinic')).outputDirectory).toBe('dist-clinic');
		expect(JSON.parse(firebaseJson(policy, 'dist-clinic')).hosting.public).toBe('dist-clinic');
	});
});
