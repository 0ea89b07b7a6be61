import { expect, test } from 'vitest';
import { staticWebAppConfig } from './azure.ts';
import { cspOf, sitePolicy } from './policy.ts';

/*
 * No schema for staticwebapp.config.json can be had offline (Azure's CLI, which carries one,
 * does not install here), so this checks the shape its published schema gives (the Static Web
 * Apps CLI's schema/staticwebapp.config.json): no top-level key but those listed, routes of
 * `route` and `headers` only, wildcards only at a route's end, and a numeric 404 override.
 */
const policy = sitePolicy('/patients/', ["script-src 'self'"]);
const config = JSON.parse(staticWebAppConfig(policy));

test('has only keys the schema allows, in the types it gives', () => {
	expect(Object.keys(config).sort()).toEqual(['$schema', 'globalHeaders', 'responseOverrides', 'routes', 'trailingSlash']);
	expect(['always', 'never', 'auto']).toContain(config.trailingSlash);
	for (const route of config.routes) {
		expect(Object.keys(route).sort()).toEqual(['headers', 'route']);
		expect(route.route).toMatch(/^\/patients\/[^*]*\*?$/);
	}
	expect(config.responseOverrides).toEqual({ '404': { rewrite: '/patients/404.html', statusCode: 404 } });
});

test('every answer gets the security headers; the first matching route sets its caching', () => {
	expect(config.globalHeaders['Content-Security-Policy']).toBe(cspOf(policy));
	const cacheControl = (path: string) =>
		(config.routes as { route: string; headers: Record<string, string> }[]).find(({ route }) => (route.endsWith('*') ? path.startsWith(route.slice(0, -1)) : path === route))?.headers['Cache-Control'];
	expect(cacheControl('/patients/_astro/a.1.js')).toBe('public, max-age=31536000, immutable');
	expect(cacheControl('/patients/pagefind/pagefind.js')).toBe('public, max-age=3600');
	expect(cacheControl('/patients/sw.js')).toBe('no-cache');
	expect(cacheControl('/patients/guides/costs/')).toBe('no-cache');
});
