/**
 * Checks every page of a build with the W3C Nu HTML Checker (the `vnu-jar` package, run on the
 * system Java): no error and no warning on any page, except the few explained below. It reads
 * the HTML as a browser does, so it finds what html-validate cannot, like an element after
 * `</html>` (a fatal error that also hides every error after it).
 *
 * Several builds are checked in one run of the checker (one Java start), each `--dir` in turn.
 *
 * Usage: node scripts/nu-check.ts [--dir dist-test] [--dir dist-test-tr …]
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { builtFiles } from '../src/integrations/built-files.ts';
import { options } from './cli.ts';
import { ensureJava } from './java.ts';

const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

export interface NuMessage {
	file: string;
	line: number | undefined;
	column: number | undefined;
	/** 'error' (including fatal ones), 'warning', or 'info' (advice, never a problem). */
	type: 'error' | 'warning' | 'info';
	message: string;
	/** The bit of the page the message is about. */
	extract: string;
}

/**
 * Warnings that are not problems, each with its reason; `applies` says which messages it
 * explains, as narrowly as it can. Anything else the checker says, error or warning, fails.
 */
export const explainedWarnings: readonly { why: string; applies: (m: NuMessage) => boolean }[] = [
	{
		// The checker reads the pages as files, so the policy's 'self' is a file: origin that no
		// path on the site can match. The browser tests check every page for real CSP violations
		// (tests/browser/support/every-page.ts, through openPage, listens for `securitypolicyviolation`).
		why: 'the checker cannot apply the policy’s \'self\' to pages it reads from files',
		applies: (m) => /^Resource violates Content Security Policy \(meta tag\): [\w ]+ “\/[^/]/.test(m.message),
	},
	{
		// A `<script type="application/ld+json">` (structured data) or `type="application/json"` (the
		// pack's planner settings) is a data block, which browsers never run, so `script-src` does not
		// apply to it; the checker counts it as an inline script.
		why: 'a JSON data block (structured data, page data) is not a script the policy governs',
		applies: (m) => /^Inline script violates Content Security Policy/.test(m.message) && /type="application\/(ld\+)?json"/.test(m.extract ?? ''),
	},
];

interface VnuJson {
	messages: { url?: string; type: string; subType?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string }[];
}

/**
 * How Java runs the checker. It reads a hundred pages in a few seconds, too short for the
 * optimising compiler to earn its keep: the quick one alone (TieredStopAtLevel=1) and the serial
 * collector took both test builds from 7.0 s of CPU to 2.6 s, with the same output to the byte.
 * The quick compiler's code takes more stack, and the checker's schema recursion overflows 1 MB.
 */
const JAVA_OPTIONS = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Runs the checker once over `files` and returns every message it gives. */
export function runNu(files: readonly string[], java: string = ensureJava()): NuMessage[] {
	if (files.length === 0) return [];
	const result = spawnSync(java, [...JAVA_OPTIONS, '-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`The Nu HTML Checker did not run: ${result.stderr || result.error?.message}`);
	const { messages } = JSON.parse(result.stdout) as VnuJson;
	return messages.map((m) => ({
		file: m.url ? decodeURIComponent(new URL(m.url).pathname) : '',
		line: m.lastLine,
		column: m.firstColumn,
		type: m.type === 'error' || m.type === 'non-document-error' ? 'error' : m.subType === 'warning' ? 'warning' : 'info',
		message: m.message,
		extract: m.extract ?? '',
	}));
}

/**
 * The messages that fail the check, one line each: every error, and every warning that
 * `explainedWarnings` does not explain.
 *
 * @example
 * nuProblems([{ file: '/d/a.html', line: 3, column: 1, type: 'error', message: 'Stray start tag “script”.', extract: '' }], '/d/')
 * // => ['a.html:3:1: Stray start tag “script”.']
 */
export function nuProblems(messages: readonly NuMessage[], dir: string): string[] {
	return messages
		.filter((m) => m.type === 'error' || (m.type === 'warning' && !explainedWarnings.some((w) => w.applies(m))))
		.map((m) => `${m.file.startsWith(dir) ? m.file.slice(dir.length) : m.file}:${m.line ?? '?'}:${m.column ?? '?'}: ${m.message}`);
}

if (import.meta.main) {
	const dirs = options('dir');
	const builds = await Promise.all(
		(dirs.length > 0 ? dirs : ['dist']).map(async (dir) => ({
			dir,
			pages: (await builtFiles(dir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).map((file) => join(process.cwd(), dir, file)),
		})),
	);
	// Each problem names its file from the working folder, build folder first.
	const problems = nuProblems(runNu(builds.flatMap((b) => b.pages)), join(process.cwd(), '/'));
	console.log(`\nThe Nu HTML Checker read ${builds.map((b) => `${b.pages.length} pages of ${b.dir}`).join(' and ')}.`);
	if (problems.length > 0) {
		console.error(problems.join('\n'));
		console.error(`\n${problems.length} problems.`);
		process.exit(1);
	}
	console.log('No errors and no unexplained warnings.');
}
