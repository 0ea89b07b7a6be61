import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { hostingDir } from '../../src/integrations/static-headers.ts';
import { mergeCsp } from '../../src/lib/site/hosting/policy.ts';
import { sitePathsIn } from '../support/config-paths.ts';
import { CHANGED, EXAMPLE_PRIMARY_COLOUR, pageOf, sharedSite, type SharedSite } from './support/shared-site.ts';

/*
 * Every host's config follows the build it came from: built under /patients/ with a guide and
 * the brand colour changed, each config names only paths under /patients/ and carries the CSP of
 * the rebuilt pages, with the new hashes and without the old. (No guide can change a hash by
 * itself: a guide carries no script or style, the guide checker refuses them. The brand colour
 * feeds the one inline style every page has, so it stands for any change to a page's code.) The
 * site is the shared build (./support/shared-site.ts), which carries other files' changes too.
 */
const CONFIGS = ['_headers', '.htaccess', 'staticwebapp.config.json', 'nginx.conf', 'Caddyfile', 'vercel.json', 'firebase.json', 'cloudfront.json'];
const IN_BUILD = new Set(['_headers', '.htaccess', 'staticwebapp.config.json']);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('a build under /patients/ with a changed guide and brand colour', () => {
	let built: SharedSite;
	beforeAll(async () => {
		built = await sharedSite();
	});
	const config = (name: string) => readFileSync(join(IN_BUILD.has(name) ? built.out : hostingDir(built.out), name), 'utf8');
	const page = (path: string) => pageOf(built.out, path);

	test('builds, and warns of nothing but the example clinic’s details', () => {
		const output = `${built.stdout}\n${built.stderr}`;
		expect(built.status, output).toBe(0);
		expect(page('guides/costs')).toContain(CHANGED.costsTitle);
		// Astro colours its log when CI is set: the words are read without the colour codes.
		const warnings = stripVTControlCharacters(output).split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/\[WARN\] \[placeholder-check\] \S*clinic\.yaml still has the example clinic’s details/);
	});

	test('every config names only paths under /patients/', () => {
		for (const name of CONFIGS) {
			const paths = sitePathsIn(config(name));
			expect(paths.length, name).toBeGreaterThan(0);
			for (const path of paths) expect(path, `${name}: ${path}`).toMatch(/^\/patients\//);
		}
		expect(config('nginx.conf')).toContain('error_page 404 /patients/404.html;');
		expect(config('Caddyfile')).toContain('rewrite * /patients/404.html');
		expect(config('.htaccess')).toContain('ErrorDocument 404 /patients/404.html');
		expect(JSON.parse(config('cloudfront.json')).behaviors.slice(1).map((b: { PathPattern: string }) => b.PathPattern)).toEqual(['patients/_astro/*', 'patients/pagefind/*']);
		expect(JSON.parse(config('vercel.json')).outputDirectory).toBe(relative(built.root, built.out));
	});

	test('every config carries the rebuilt pages’ CSP: the new brand style’s hash in, the old one out', () => {
		const html = page('guides/costs');
		const pageCsp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
		const style = /<style>(:root\{--brand:[^<]*)<\/style>/.exec(html)?.[1] ?? '';
		expect(style).toContain(CHANGED.primaryColour);
		const fresh = sha256(style);
		const stale = sha256(style.replace(CHANGED.primaryColour, EXAMPLE_PRIMARY_COLOUR));
		expect(pageCsp).toContain(fresh);
		const csp = /Content-Security-Policy: (.*)/.exec(config('_headers'))?.[1] ?? '';
		expect(mergeCsp([csp, pageCsp]), 'the site’s CSP allows all this page’s own does').toBe(csp);
		for (const name of CONFIGS) {
			const text = config(name);
			expect(text, name).toContain(csp);
			expect(text, name).toContain(fresh);
			expect(text, name).not.toContain(stale);
		}
	});
});
