import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/*
 * The real build, run over a copy of the guides with the review's broken guides in it, stops
 * during content sync with one list naming each file and line, and no stack trace. (The checks
 * themselves are table-tested in src/lib/content/guide-check.test.ts.)
 */
test('astro build refuses broken guides with file, line and fix, and no stack trace', () => {
	const dir = mkdtempSync(join(tmpdir(), 'broken-guides-'));
	const guides = join(dir, 'guides');
	cpSync('src/content/guides', guides, { recursive: true });
	const costs = join(guides, 'en', 'costs.mdx');
	const text = readFileSync(costs, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30').replace(/^title:/m, 'titel: Costs\ntitle:');
	writeFileSync(costs, `${text}\n<script>alert(1)</script>\n`);
	const result = spawnSync('astro', ['build', '--outDir', join(dir, 'out')], {
		env: { ...process.env, GUIDES_DIR: guides },
		encoding: 'utf8',
		timeout: 90_000,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).toBe(1);
	expect(output).toContain('The guides need fixing before the site can be built:');
	expect(output).toMatch(/costs\.mdx, line \d+: lastReviewed must be a real date written like 2026-11-20 \(it is "2026-02-30"\)\./);
	expect(output).toMatch(/costs\.mdx, line 2: "titel" is not a front-matter field of a guide/);
	expect(output).toMatch(/costs\.mdx, line \d+: <script> is not allowed in a guide/);
	expect(output).not.toMatch(/Stack trace|^\s+at /m);
}, 90_000);
