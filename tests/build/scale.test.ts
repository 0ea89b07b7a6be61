import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'vitest';
import { projectCopy } from './support/project-copy.ts';
import { run } from './support/run.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from '../support/patience.ts';

/*
 * Issue 26: the scale benchmark (scripts/scale.ts) broke unseen when the exercise sheets began
 * linking to a guide its generated site lacked. Its small version runs here on every `npm test`:
 * the real site plus generated guides, 30 in all in the default language, must build: the same
 * code as `npm run scale` (`--alone`: our site only, once), with enough generated guides that
 * each kind of page links to them and every link must resolve; the thousand are for the
 * benchmark's own figures, not for this check (30 cost a third less than 100). And a
 * link to a guide the site does not have stops the build with one sentence and no stack trace.
 */
const GUIDES = 30;

// The two builds run side by side, each in a copy of the project whose content layer is its own.
test.concurrent(`the scale benchmark builds the real site with generated guides, ${GUIDES} in the default language`, async ({ expect }) => {
	const result = await run(process.execPath, [resolve('scripts/scale.ts'), '--guides', String(GUIDES), '--alone'], { cwd: projectCopy('scale-project-'), timeout: BUILD_TIMEOUT });
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status, output.slice(-3000)).toBe(0);
	const pages = Number(/our site: (\d+) pages/.exec(output)?.[1]);
	expect(pages).toBeGreaterThan(GUIDES);
}, BUILD_TEST_TIMEOUT);

test.concurrent('a link to a guide the site does not have stops the build in one sentence, naming a few guides, with no stack trace', async ({ expect }) => {
	const dir = mkdtempSync(join(tmpdir(), 'missing-guide-'));
	const guides = join(dir, 'guides');
	cpSync('src/content/guides', guides, { recursive: true });
	// The exercise sheets (and other guides) link to the side-effects guide.
	rmSync(join(guides, 'en', 'side-effects.mdx'));
	const result = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, 'out')], {
		cwd: projectCopy('missing-guide-project-'),
		env: { ...process.env, GUIDES_DIR: guides },
		timeout: BUILD_TIMEOUT,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status, output.slice(-3000)).toBe(1);
	// The guide check (issue 28) finds the link before the build reads a guide: file, line, a few names.
	expect(output).toMatch(/aftercare\.mdx, line \d+: <PageLink guide="side-effects"> names no guide in this language; use the file name of one, like "[a-z-]+", "[a-z-]+", "[a-z-]+"\./);
	expect(output).not.toMatch(/^\s+at /m);
	rmSync(dir, { recursive: true, force: true });
}, BUILD_TEST_TIMEOUT);
