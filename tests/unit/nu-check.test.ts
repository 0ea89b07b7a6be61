import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { explainedWarnings, nuProblems, runNu, type NuMessage } from '../../scripts/nu-check.ts';
import { COMPUTE_TIMEOUT } from '../support/patience.ts';

const page = (body: string, after = '') =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body>${body}</body></html>${after}`;

describe('the Nu HTML Checker step', () => {
	test('passes a valid page and fails one with an element after </html>, naming file and line', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'nu-')), '/');
		writeFileSync(join(dir, 'good.html'), page('<main><h1>Hello</h1></main>'));
		writeFileSync(join(dir, 'stray.html'), page('<main><h1>Hello</h1></main>', '<script type="module">void 0;</script>'));
		writeFileSync(join(dir, 'heading.html'), page('<main><h1>Hello</h1><h3>Skipped a level</h3></main>'));
		const problems = nuProblems(runNu([join(dir, 'good.html'), join(dir, 'stray.html'), join(dir, 'heading.html')]), dir);
		expect(problems.filter((p) => p.startsWith('good.html'))).toEqual([]);
		expect(problems).toContainEqual(expect.stringMatching(/^stray\.html:1:\d+: Stray start tag “script”\.$/));
		expect(problems).toContainEqual(expect.stringMatching(/^heading\.html:1:\d+: The heading “h3” .* skipping 1 heading level\.$/));
	}, COMPUTE_TIMEOUT); // one Java start, slow on a loaded 2-core machine

	test('an explained warning is explained only where its reason holds', () => {
		const warning = (message: string, extract: string): NuMessage => ({ file: '/d/a.html', line: 1, column: 1, type: 'warning', message, extract });
		const jsonLd = warning('Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.', '<script type="application/ld+json">{');
		const inlineCode = warning('Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.', '<script>alert(1)');
		const sameSite = warning('Resource violates Content Security Policy (meta tag): image “/clinic-site/logo.svg” blocked by “img-src” directive.', '');
		const offSite = warning('Resource violates Content Security Policy (meta tag): image “//evil.example/x.svg” blocked by “img-src” directive.', '');
		expect(nuProblems([jsonLd, sameSite], '/d/')).toEqual([]);
		expect(nuProblems([inlineCode, offSite], '/d/')).toHaveLength(2);
		expect(explainedWarnings.every((w) => w.why.length > 0)).toBe(true);
	});
});
