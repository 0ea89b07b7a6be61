/**
 * `npm test`: every check, stopping at the first that fails, then the time of each step:
 * 1. the type check (astro check);
 * 2. the unit tests, then the rules tests again in five more time zones (either side of the date
 *    line, half-hour and southern DST), all in one Vitest run (vitest.config.ts, `zones`);
 * 3. two production builds under a sub-path, as a clinic would deploy them: the example clinic
 *    (clinic.yaml), and the example clinic in Türkiye (clinics/istanbul.yaml: Turkish as the
 *    default language, English under /en/, 112);
 * 4. the whole-build tests (tests/build: changed settings, a third language, settings read once);
 * 5. each build's validity by the W3C Nu HTML Checker (scripts/nu-check.ts), its accessibility
 *    rules, links, anchors, titles and descriptions (scripts/check-site.ts), and the example
 *    clinic's page-weight budgets measured in the full Chromium, a patient's browser (scripts/budget.ts);
 * 6. the browser tests against the example clinic's build, served like a plain CDN, in Debian's
 *    Chromium headless shell (scripts/chromium.ts), and those of what depends on the default language and the clinic
 *    (DEFAULT_LANGUAGE_TESTS) against the Turkish-first build; the same build served by nginx,
 *    Caddy and Apache with the configs it generated (tests/hosts), under the sub-path and at the
 *    root. One Vitest run, so its workers stay busy to the end.
 *
 * Steps run side by side in three chains (`inTurn`), each step as soon as what it needs is there:
 * the two builds, then the browser tests (the longest chain); after the builds, the type check
 * and the page checks; from the start, the unit tests and then the whole-build tests (which build
 * in copies of the project). The two builds and the type check run one at a time: each writes
 * the project's .astro/, and two at once read each other's. A step's output is printed whole
 * when it ends.
 *
 * Lighthouse runs apart, once per page type: `npm run lighthouse -- --dir dist-test --base /clinic-site/`.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { delimiter, resolve } from 'node:path';
import { DEFAULT_LANGUAGE_TESTS, TEST_BASE, TEST_OUT_DIR, TURKISH_FIRST } from '../tests/support/test-builds.ts';
import { ensureChromium, ensureHeadlessShell } from './chromium.ts';
import { ensureJava } from './java.ts';
import { ensurePrintTools } from './print-tools.ts';
import { ensureWebServers } from './web-servers.ts';

interface Step {
	title: string;
	command: string;
	args: string[];
	env?: Record<string, string>;
}

const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}` };
const times: { title: string; seconds: number }[] = [];
const started = performance.now();
const running = new Set<ReturnType<typeof spawn>>();

const minutes = (seconds: number) => `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;

function printTimes() {
	console.log('\nTime per step (steps side by side overlap):');
	for (const { title, seconds } of times) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${title}`);
	console.log(`  total ${minutes((performance.now() - started) / 1000)}`);
}

/** Stops every step still running: each is a process group of its own, so its children stop too. */
function stopAll(signal: NodeJS.Signals) {
	for (const child of running) {
		try {
			if (child.pid !== undefined) process.kill(-child.pid, signal);
		} catch {
			// The group has gone already.
		}
	}
}

/** Stops the other steps, prints the times, exits. */
function fail(title: string, status: number): never {
	stopAll('SIGTERM');
	console.error(`\n✖ ${title} failed.`);
	printTimes();
	process.exit(status || 1);
}

// Each step is a process group of its own (so a failure can stop a step and its children), out
// of reach of the terminal's Ctrl+C: pass it on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		stopAll(signal);
		process.exit(130);
	});
}

/** Runs one step beside the others; its output is kept and printed whole when it ends. */
function run(step: Step): Promise<void> {
	console.log(`\n▷ ${step.title} (started; its output follows when it ends)`);
	const start = performance.now();
	const child = spawn(step.command, step.args, {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...env, ...step.env },
		detached: true,
	});
	running.add(child);
	const output: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
	return new Promise((done) => {
		child.on('error', (error) => {
			console.error(`\n${step.command} could not start: ${error.message}`);
			fail(step.title, 1);
		});
		child.on('close', (code, signal) => {
			running.delete(child);
			const seconds = (performance.now() - start) / 1000;
			times.push({ title: step.title, seconds });
			process.stdout.write(`\n▶ ${step.title} (${seconds.toFixed(1)} s)\n\n${Buffer.concat(output).toString('utf8')}`);
			if (code !== 0) fail(step.title, code ?? (signal ? 1 : 0));
			done();
		});
	});
}

/** Runs the steps one after another, each beside whatever else is running; the first failure stops all. */
async function inTurn(...steps: Step[]): Promise<void> {
	for (const step of steps) await run(step);
}

const cores = availableParallelism();
const chrome = ensureChromium();
const headlessShell = ensureHeadlessShell();
ensureJava();
ensurePrintTools();
const webServers = ensureWebServers();

const build = (title: string, outDir: string, extra: Record<string, string> = {}): Step => ({
	title,
	command: 'astro',
	args: ['build', '--outDir', outDir],
	env: { BASE_PATH: TEST_BASE, ...extra },
});
// Both builds in one run of each checker: one Java start, one html-validate.
const builtDirs = [TEST_OUT_DIR, TURKISH_FIRST.outDir].flatMap((dir) => ['--dir', dir]);

const typeCheck: Step = { title: 'Type check', command: 'astro', args: ['check'] };
const unitTests: Step = {
	title: 'Unit tests, and the rules tests in six time zones',
	command: 'vitest',
	args: ['run', '--project', 'unit', '--project', 'zone-*', `--maxWorkers=${cores}`],
	env: { TZ: 'UTC' },
};
// The whole-build tests build in copies of the project (tests/build/support/project-copy.ts) or
// stop before writing anything, so they run beside the builds and the type check.
const wholeBuildTests: Step = { title: 'Whole-build tests', command: 'vitest', args: ['run', '--project', 'build'] };
const browserTests: Step = {
	title: `Browser tests (${DEFAULT_LANGUAGE_TESTS.length} files again on the Turkish-first build), and nginx, Caddy and Apache with their generated configs`,
	command: 'vitest',
	// More workers than cores: a browser test waits on the page as often as it computes.
	args: ['run', '--project', 'browser', '--project', 'browser-tr', '--project', 'hosts', `--maxWorkers=${cores + 1}`],
	env: { ...webServers, CHROME_PATH: headlessShell, SITE_DIR: TEST_OUT_DIR, SITE_BASE: TEST_BASE },
};
const pageChecks: Step[] = [
	{ title: 'W3C Nu HTML Checker (both builds)', command: 'node', args: ['scripts/nu-check.ts', ...builtDirs] },
	{ title: 'HTML, links and anchors, titles (both builds)', command: 'node', args: ['scripts/check-site.ts', ...builtDirs, '--base', TEST_BASE] },
	{
		title: 'Page-weight budgets, measured in Chromium',
		command: 'node',
		args: ['scripts/budget.ts', '--dir', TEST_OUT_DIR, '--base', TEST_BASE],
		env: { CHROME_PATH: chrome },
	},
];

// The browser tests are the longest chain, so they start the moment the two builds they test are
// there; the type check waits for the builds too, as all three write the project's .astro/.
const builds = inTurn(
	build(`Build under ${TEST_BASE}`, TEST_OUT_DIR),
	build('Build of clinics/istanbul.yaml, Turkish first', TURKISH_FIRST.outDir, { CLINIC_SETTINGS: TURKISH_FIRST.settings }),
);
await Promise.all([
	builds.then(() => inTurn(browserTests)),
	builds.then(() => inTurn(typeCheck, ...pageChecks)),
	inTurn(unitTests, wholeBuildTests),
]);

printTimes();
console.log('\n✔ Every check passed.');
