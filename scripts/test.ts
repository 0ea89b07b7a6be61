/**
 * `npm test`: every check, in order, stopping at the first that fails, then the time of each step:
 * 1. the type check (astro check);
 * 2. the unit tests, then the rules tests again in five more time zones (either side of the date
 *    line, half-hour and southern DST), all in one Vitest run (vitest.config.ts, `zones`);
 * 3. the whole-build tests (tests/build: changed settings, a third language, settings read once);
 * 4. a production build under a sub-path, as a clinic would deploy it, its validity by the W3C
 *    Nu HTML Checker (scripts/nu-check.ts), its accessibility rules, links, anchors, titles and
 *    descriptions (scripts/check-site.ts), and its page-weight budgets measured in Chromium
 *    (scripts/budget.ts);
 * 5. the browser tests against that build, served like a plain CDN, in the system Chromium;
 *    then the same build served by nginx, Caddy and Apache with the configs it generated
 *    (tests/hosts), under the sub-path and at the root;
 * 6. the example clinic in Türkiye (clinics/istanbul.yaml: Turkish as the default language,
 *    English under /en/): the build, its HTML and links, and the browser tests of what depends on
 *    the default language (DEFAULT_LANGUAGE_TESTS).
 *
 * Lighthouse runs apart, once per page type: `npm run lighthouse -- --dir dist-test --base /clinic-site/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse, stringify } from 'yaml';
import { delimiter, join, resolve } from 'node:path';
import { ensureChromium } from './chromium.ts';
import { ensureJava } from './java.ts';
import { ensurePrintTools } from './print-tools.ts';
import { ensureWebServers } from './web-servers.ts';

/** The sub-path the browser tests serve the site under. */
const TEST_BASE = '/clinic-site/';
const TEST_OUT_DIR = 'dist-test';
const TEST_OUT_DIR_TR = 'dist-test-tr';

/**
 * The browser tests whose outcome can change with the default language: page paths, `<html lang>`
 * and hreflang, the language switcher and 404 page, search per language, the offline page list.
 * The rest (calculators, axe on every page, care cards) render the same pages either way.
 */
const DEFAULT_LANGUAGE_TESTS = [
	'tests/browser/languages.test.ts',
	'tests/browser/navigation.test.ts',
	'tests/browser/search.test.ts',
	'tests/browser/offline.test.ts',
];

const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}` };
const times: { title: string; seconds: number }[] = [];
const started = performance.now();

const minutes = (seconds: number) => `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;

function printTimes() {
	console.log('\nTime per step:');
	for (const { title, seconds } of times) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${title}`);
	console.log(`  total ${minutes((performance.now() - started) / 1000)}`);
}

function step(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
	console.log(`\n▶ ${title}\n`);
	const start = performance.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
	times.push({ title, seconds: (performance.now() - start) / 1000 });
	if (result.status !== 0) {
		console.error(`\n✖ ${title} failed.`);
		printTimes();
		process.exit(result.status ?? 1);
	}
}

step('Type check', 'astro', ['check']);
step('Unit tests, and the rules tests in six time zones', 'vitest', ['run', '--project', 'unit', '--project', 'zone-*'], { TZ: 'UTC' });
step('Whole-build tests', 'vitest', ['run', '--project', 'build']);
step(`Build under ${TEST_BASE}`, 'astro', ['build', '--outDir', TEST_OUT_DIR], { BASE_PATH: TEST_BASE });
ensureJava();
step('W3C Nu HTML Checker', 'node', ['scripts/nu-check.ts', '--dir', TEST_OUT_DIR]);
step('HTML, links and anchors, titles', 'node', ['scripts/check-site.ts', '--dir', TEST_OUT_DIR, '--base', TEST_BASE]);
const chrome = ensureChromium();
step('Page-weight budgets, measured in Chromium', 'node', ['scripts/budget.ts', '--dir', TEST_OUT_DIR, '--base', TEST_BASE], { CHROME_PATH: chrome });
ensurePrintTools();
step('Browser tests', 'vitest', ['run', '--project', 'browser'], {
	CHROME_PATH: chrome,
	SITE_DIR: TEST_OUT_DIR,
	SITE_BASE: TEST_BASE,
});
step('nginx, Caddy and Apache with their generated configs, under the sub-path and at the root', 'vitest', ['run', '--project', 'hosts'], {
	...ensureWebServers(),
	CHROME_PATH: chrome,
	SITE_DIR: TEST_OUT_DIR,
	SITE_BASE: TEST_BASE,
});

// The example clinic in Türkiye (clinics/istanbul.yaml): Turkish at the top, English under /en/,
// 112, an acil servis out of hours, Turkish public holidays and prices in lira.
// The browser tests still name the example clinic's details (999, its name), so this step builds
// the example clinic with Turkish first; clinics/istanbul.yaml is built and checked by the unit tests.
const turkishFirst = join(mkdtempSync(join(tmpdir(), 'clinic-')), 'clinic-tr-default.yaml');
const example = parse(readFileSync('clinic.yaml', 'utf8')) as { languages: { default: string } };
writeFileSync(turkishFirst, stringify({ ...example, languages: { ...example.languages, default: 'tr' } }));
const trEnv = { BASE_PATH: TEST_BASE, CLINIC_SETTINGS: turkishFirst };
step(`Build with Turkish as the default language`, 'astro', ['build', '--outDir', TEST_OUT_DIR_TR], trEnv);
step('W3C Nu HTML Checker (Turkish default)', 'node', ['scripts/nu-check.ts', '--dir', TEST_OUT_DIR_TR]);
step('HTML, links and anchors, titles (Turkish default)', 'node', ['scripts/check-site.ts', '--dir', TEST_OUT_DIR_TR, '--base', TEST_BASE]);
step('Browser tests of the default language (Turkish default)', 'vitest', ['run', '--project', 'browser', ...DEFAULT_LANGUAGE_TESTS], {
	CHROME_PATH: chrome,
	SITE_DIR: TEST_OUT_DIR_TR,
	SITE_BASE: TEST_BASE,
	SITE_DEFAULT_LANG: 'tr',
	CLINIC_SETTINGS: trEnv.CLINIC_SETTINGS,
});
printTimes();
console.log('\n✔ Every check passed.');
