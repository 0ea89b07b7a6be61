/**
 * `npm test`: every check, in order, stopping at the first that fails:
 * 1. the type check (astro check);
 * 2. the unit tests, then the date-bearing rules tests again under time zones either side of
 *    the date line and with odd DST rules;
 * 3. a production build under a sub-path, as a clinic would deploy it, its validity by the W3C
 *    Nu HTML Checker (scripts/nu-check.ts), its accessibility rules, links, anchors, titles and
 *    descriptions (scripts/check-site.ts), and its page-weight budgets measured in Chromium
 *    (scripts/budget.ts);
 * 4. the browser tests against that build, served like a plain CDN, in the system Chromium,
 *    and Lighthouse on each page type in each language (scripts/lighthouse.ts);
 * 5. steps 3 and 4 again with Turkish as the default language (English moves under /en/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { ensureChromium } from './chromium.ts';
import { ensureJava } from './java.ts';

/** Time zones that catch date bugs: both sides of the date line, half-hour DST, southern DST. */
const TIME_ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Europe/Istanbul'];

/** The sub-path the browser tests serve the site under. */
const TEST_BASE = '/clinic-site/';
const TEST_OUT_DIR = 'dist-test';
const TEST_OUT_DIR_TR = 'dist-test-tr';

const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}` };

function step(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
	console.log(`\n▶ ${title}\n`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
	if (result.status !== 0) {
		console.error(`\n✖ ${title} failed.`);
		process.exit(result.status ?? 1);
	}
}

step('Type check', 'astro', ['check']);
step('Unit tests', 'vitest', ['run', '--project', 'unit'], { TZ: 'UTC' });
for (const zone of TIME_ZONES.slice(1)) {
	step(`Rules tests in ${zone}`, 'vitest', ['run', '--project', 'unit', 'src/lib', 'src/i18n'], { TZ: zone });
}
step(`Build under ${TEST_BASE}`, 'astro', ['build', '--outDir', TEST_OUT_DIR], { BASE_PATH: TEST_BASE });
ensureJava();
step('W3C Nu HTML Checker', 'node', ['scripts/nu-check.ts', '--dir', TEST_OUT_DIR]);
step('HTML, links and anchors, titles', 'node', ['scripts/check-site.ts', '--dir', TEST_OUT_DIR, '--base', TEST_BASE]);
const chrome = ensureChromium();
step('Page-weight budgets, measured in Chromium', 'node', ['scripts/budget.ts', '--dir', TEST_OUT_DIR, '--base', TEST_BASE], { CHROME_PATH: chrome });
step('Browser tests', 'vitest', ['run', '--project', 'browser'], {
	CHROME_PATH: chrome,
	SITE_DIR: TEST_OUT_DIR,
	SITE_BASE: TEST_BASE,
});

step('Lighthouse (mobile)', 'node', ['scripts/lighthouse.ts', '--dir', TEST_OUT_DIR, '--base', TEST_BASE], { CHROME_PATH: chrome });

// The same site with Turkish as the default language: Turkish at the top, English under /en/.
const turkishFirst = join(mkdtempSync(join(tmpdir(), 'clinic-')), 'clinic-tr-default.yaml');
const example = parse(readFileSync('clinic.yaml', 'utf8')) as { languages: { default: string } };
writeFileSync(turkishFirst, stringify({ ...example, languages: { ...example.languages, default: 'tr' } }));
const trEnv = { BASE_PATH: TEST_BASE, CLINIC_SETTINGS: turkishFirst };
step(`Build with Turkish as the default language`, 'astro', ['build', '--outDir', TEST_OUT_DIR_TR], trEnv);
step('W3C Nu HTML Checker (Turkish default)', 'node', ['scripts/nu-check.ts', '--dir', TEST_OUT_DIR_TR]);
step('HTML, links and anchors, titles (Turkish default)', 'node', ['scripts/check-site.ts', '--dir', TEST_OUT_DIR_TR, '--base', TEST_BASE]);
step('Browser tests (Turkish default)', 'vitest', ['run', '--project', 'browser'], {
	CHROME_PATH: chrome,
	SITE_DIR: TEST_OUT_DIR_TR,
	SITE_BASE: TEST_BASE,
	SITE_DEFAULT_LANG: 'tr',
});
console.log('\n✔ Every check passed.');
