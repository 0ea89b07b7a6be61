import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectCopy } from './support/project-copy.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from '../support/patience.ts';

/*
 * The real build, run over a copy of the guides with the review's broken guides in it, stops
 * during content sync with one list naming each file and line, and no stack trace. (The checks
 * themselves are table-tested in src/lib/site/content/guide-check.test.ts.)
 */
test('astro build refuses broken guides with file, line and fix, and no stack trace', () => {
	const dir = mkdtempSync(join(tmpdir(), 'broken-guides-'));
	const guides = join(dir, 'guides');
	cpSync('src/content/guides', guides, { recursive: true });
	const costs = join(guides, 'en', 'costs.mdx');
	const text = readFileSync(costs, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30').replace(/^title:/m, 'titel: Costs\ntitle:');
	writeFileSync(costs, `${text}\n<script>alert(1)</script>\n`);
	// Issue 28: code that would stop the build, and mistakes Astro would report with a stack trace.
	const edit = (name: string, change: (text: string) => string) => writeFileSync(join(guides, 'en', name), change(readFileSync(join(guides, 'en', name), 'utf8')));
	edit('results.mdx', (t) => `${t}\nexport const x = process.exit(3)\n\n<Warning>Take care.</Warning>\n`);
	edit('questions.mdx', (t) => t.replace(/^title: (.*)$/m, 'title: "$1'));
	edit('aftercare.mdx', (t) => `${t}\n<PageLink guide="no-such-guide">x</PageLink> <KeyFacts>\n`);
	edit('side-effects.mdx', (t) => `${t}\n<CareCard level="urgent">\n\n- a\n- b\n- c\n- d\n- e\n- f\n\n</CareCard>\n`);
	writeFileSync(join(guides, 'en', 'preparation.mdx'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(guides, 'en', 'preparation.mdx'))]));
	const result = spawnSync('astro', ['build', '--outDir', join(dir, 'out')], {
		// A copy of the project: its content layer is its own while other builds run beside it.
		cwd: projectCopy('broken-guides-project-'),
		env: { ...process.env, GUIDES_DIR: guides },
		encoding: 'utf8',
		timeout: BUILD_TIMEOUT,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).toBe(1);
	expect(output).toContain('The guides need fixing before the site can be built:');
	expect(output).toMatch(/costs\.mdx, line \d+: lastReviewed must be a real date written like 2026-11-20 \(it is "2026-02-30"\)\./);
	expect(output).toMatch(/costs\.mdx, line 2: "titel" is not a front-matter field of a guide/);
	expect(output).toMatch(/costs\.mdx, line \d+: <script> is not allowed in a guide/);
	expect(output).toMatch(/results\.mdx, line \d+: "export const x = process\.exit\(3\)" is code, and a guide is text/);
	expect(output).toMatch(/results\.mdx, line \d+: <Warning> is not a guide component/);
	expect(output).toMatch(/questions\.mdx, line \d+: the front matter is not valid YAML/);
	expect(output).toMatch(/aftercare\.mdx, line \d+: the text cannot be read \(Expected a closing tag for `<KeyFacts>`/);
	expect(output).toMatch(/side-effects\.mdx, line \d+: the urgent care card has 6 bullets/);
	expect(output).toMatch(/preparation\.mdx: the file starts with an invisible byte-order mark \(BOM\); save it as UTF-8 without BOM/);
	expect(output).not.toMatch(/Stack trace|^\s+at /m);
}, BUILD_TEST_TIMEOUT);
