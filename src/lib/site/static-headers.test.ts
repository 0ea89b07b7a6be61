import { describe, expect, test } from 'vitest';
import { mergeCsp, parseCsp } from './hosting/policy.ts';
import { buildHeadersFile, headersFor, parseHeadersFile } from './static-headers.ts';

describe('mergeCsp', () => {
	test('joins the sources of each directive without repeating any', () => {
		expect(mergeCsp(["script-src 'self' 'sha256-a'; img-src 'self'", "script-src 'self' 'sha256-b' 'wasm-unsafe-eval'"])).toBe(
			"script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'; img-src 'self'",
		);
	});

	test('reads directives with extra spaces and upper case names', () => {
		expect(parseCsp(" Script-Src  'self' ;; img-src data:")).toEqual(
			new Map([
				['script-src', ["'self'"]],
				['img-src', ['data:']],
			]),
		);
	});
});

describe('the _headers file', () => {
	const file = buildHeadersFile('/patients/', ["default-src 'self'"]);

	test('puts every rule under the base path and adds header-only directives', () => {
		const rules = parseHeadersFile(file);
		expect(rules.map((r) => r.pattern)).toEqual([
			'/patients/*',
			'/patients/',
			'/patients/*/',
			'/patients/404.html',
			'/patients/sw.js',
			'/patients/_astro/*',
			'/patients/pagefind/*',
		]);
		expect(headersFor(rules, '/patients/guides/').get('Content-Security-Policy')).toBe("default-src 'self'; frame-ancestors 'none'");
	});

	test('gives hashed assets long caching, and pages and the service worker a check on every visit', () => {
		const rules = parseHeadersFile(file);
		expect(headersFor(rules, '/patients/_astro/a.1234.js').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		for (const page of ['/patients/', '/patients/guides/', '/patients/tr/guides/costs/', '/patients/404.html', '/patients/sw.js']) {
			expect(headersFor(rules, page).get('Cache-Control'), page).toBe('no-cache');
		}
		expect(headersFor(rules, '/patients/logo.svg').has('Cache-Control')).toBe(false);
		expect(headersFor(rules, '/other/').size).toBe(0);
	});

	test('gives no path two Cache-Control rules, as CDNs join them', () => {
		const rules = parseHeadersFile(file);
		for (const path of ['/patients/', '/patients/guides/', '/patients/_astro/a.js', '/patients/pagefind/p.js', '/patients/sw.js', '/patients/404.html']) {
			const pattern = (p: string) => new RegExp(`^${p.split('*').map((s) => s.replace(/[.]/g, '\\.')).join('.*')}$`);
			const setting = rules.filter((r) => pattern(r.pattern).test(path) && r.headers.some(([name]) => name === 'Cache-Control'));
			expect(setting, path).toHaveLength(1);
		}
	});

	test('sends Strict-Transport-Security only when the clinic opts in', () => {
		expect(headersFor(parseHeadersFile(file), '/patients/').has('Strict-Transport-Security')).toBe(false);
		const hsts = parseHeadersFile(buildHeadersFile('/patients/', [], { hsts: true }));
		expect(headersFor(hsts, '/patients/guides/').get('Strict-Transport-Security')).toBe('max-age=31536000');
	});
});
