import { expect, test } from 'vitest';
import { CLOUDFRONT_CSP_LIMIT, cloudFrontCsp, cloudFrontPolicies } from './cloudfront.ts';
import { cspOf, sitePolicy } from './policy.ts';

const hashes = (count: number) => Array.from({ length: count }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`).join(' ');

test('a CSP within CloudFront’s limit goes in whole, in every behavior’s policy', () => {
	const policy = sitePolicy('/b/', [`default-src 'self'; script-src 'self' ${hashes(13)}`]);
	const { json, shortened } = cloudFrontPolicies(policy);
	const config = JSON.parse(json);
	expect(shortened).toBe(false);
	expect(config.behaviors.map((b: { PathPattern: string }) => b.PathPattern)).toEqual(['Default (*)', 'b/_astro/*', 'b/pagefind/*']);
	for (const behavior of config.behaviors) {
		const headers = behavior.ResponseHeadersPolicyConfig;
		expect(headers.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toBe(cspOf(policy));
		expect(headers.CustomHeadersConfig.Quantity).toBe(headers.CustomHeadersConfig.Items.length);
		expect(headers.Name).toMatch(/^[\w-]{1,128}$/);
	}
	expect(config.behaviors[1].ResponseHeadersPolicyConfig.CustomHeadersConfig.Items).toContainEqual({ Header: 'Cache-Control', Value: 'public, max-age=31536000, immutable', Override: true });
	expect(config.CustomErrorResponses.Items[1]).toEqual({ ErrorCode: 404, ResponsePagePath: '/b/404.html', ResponseCode: '404', ErrorCachingMinTTL: 10 });
});

test('a CSP over the limit keeps only what no directive falls back from, and says so', () => {
	const long = `default-src 'self'; script-src 'self' ${hashes(40)}; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'`;
	expect(long.length).toBeGreaterThan(CLOUDFRONT_CSP_LIMIT);
	expect(cloudFrontCsp(long)).toEqual({ value: "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'", shortened: true });
	const { json, shortened } = cloudFrontPolicies(sitePolicy('/', [long]));
	expect(shortened).toBe(true);
	expect(JSON.parse(json).note).toContain('longer than CloudFront');
});
