import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { hostingDir } from '../../src/integrations/static-headers.ts';
import { mergeCsp } from '../../src/lib/site/hosting/policy.ts';
import { sitePathsIn } from '../support/config-paths.ts';

/*
 * Every host's config follows the build it came from: built under /patients/ with a guide and
 * the brand colour changed, each config names only paths under /patients/ and carries the CSP of
 * the rebuilt pages, with the new hashes and without the old. (No guide can change a hash by
 * itself: a guide carries no script or style, the guide checker refuses them. The brand colour
 * feeds the one inline style every page has, so it stands for any change to a page's code.)
 */
const CONFIGS = ['_headers', '.htaccess', 'staticwebapp.config.json', 'nginx.conf', 'Caddyfile', 'vercel.json', 'firebase.json', 'cloudfront.json'];
const IN_BUILD = new Set(['_headers', '.htaccess', 'staticwebapp.config.json']);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('a build under /patients/ with a changed guide and brand colour', () => {
	const dir = mkdtempSync(join(tmpdir(), 'hosting-configs-'));
	const out = join(dir, 'dist');
	const guides = join(dir, 'guides');
	let built: { status: number | null; output: string };
	const config = (name: string) => readFileSync(join(IN_BUILD.has(name) ? out : hostingDir(out), name), 'utf8');
	const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

	beforeAll(() => {
		cpSync('src/content/guides', guides, { recursive: true });
		const costs = join(guides, 'en', 'costs.mdx');
		writeFileSync(costs, readFileSync(costs, 'utf8').replace(/^(title: .*)$/m, '$1 (changed for the host test)'));
		const settings = join(dir, 'clinic.yaml');
		writeFileSync(settings, readFileSync('clinic.yaml', 'utf8').replace('primaryColour: "#005eb8"', 'primaryColour: "#7a1f5c"'));
		const result = spawnSync('astro', ['build', '--outDir', out], {
			env: { ...process.env, GUIDES_DIR: guides, CLINIC_SETTINGS: settings, BASE_PATH: '/patients/' },
			encoding: 'utf8',
			timeout: 150_000,
		});
		built = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	}, 160_000);

	test('builds, and warns of nothing but the example clinic’s details', () => {
		expect(built.status, built.output).toBe(0);
		expect(page('guides/costs')).toContain('(changed for the host test)');
		// Astro colours its log when CI is set: the words are read without the colour codes.
		const warnings = stripVTControlCharacters(built.output).split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
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
		expect(JSON.parse(config('vercel.json')).outputDirectory).toBe(relative(process.cwd(), out));
	});

	test('every config carries the rebuilt pages’ CSP: the new brand style’s hash in, the old one out', () => {
		const html = page('guides/costs');
		const pageCsp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
		const style = /<style>(:root\{--brand:[^<]*)<\/style>/.exec(html)?.[1] ?? '';
		expect(style).toContain('#7a1f5c');
		const fresh = sha256(style);
		const stale = sha256(style.replace('#7a1f5c', '#005eb8'));
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
