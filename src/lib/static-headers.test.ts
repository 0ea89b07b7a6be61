import { describe, expect, test } from 'vitest';
import { buildHeadersFile, headersFor, mergeCsp, parseCsp, parseHeadersFile } from './static-headers.ts';

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
		expect(rules.map((r) => r.pattern)).toEqual(['/patients/*', '/patients/_astro/*', '/patients/pagefind/*', '/patients/sw.js']);
		expect(headersFor(rules, '/patients/guides/').get('Content-Security-Policy')).toBe("default-src 'self'; frame-ancestors 'none'");
	});

	test('gives hashed assets long caching and other pages none', () => {
		const rules = parseHeadersFile(file);
		expect(headersFor(rules, '/patients/_astro/a.1234.js').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/patients/guides/').has('Cache-Control')).toBe(false);
		expect(headersFor(rules, '/patients/sw.js').get('Cache-Control')).toBe('no-cache');
		expect(headersFor(rules, '/other/').size).toBe(0);
	});
});
