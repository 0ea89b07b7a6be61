import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesOf, reachable, REPO_ROOT, RULES_GLOB } from '../../tests/support/rules-folder.ts';

/*
 * The boundary of the pure rules (src/lib/rules; docs/code-layout.md). The browser islands import
 * them, and must not ship zod: settings are validated at build time, and only the `*schema*.ts`
 * files may use zod. This test follows every value import (type-only imports vanish when
 * compiled) from each other rules file and fails if zod, a schema file or anything outside the
 * rules can be reached; and it reads every rules file for the DOM, the clock, the environment
 * and Astro.
 */

/** Build-time only libraries: big, and their results reach the browser as plain data. */
const BUILD_TIME_ONLY = ['zod', 'date-holidays'];
const isBuildTimeOnly = (specifier: string) => BUILD_TIME_ONLY.some((name) => specifier === name || specifier.startsWith(`${name}/`));
/** The packages the rules may use at run time: calendar arithmetic (docs/code-layout.md). */
const RULES_PACKAGES = ['date-fns', '@date-fns/utc'];
const RULES_FOLDER = RULES_GLOB.slice(0, RULES_GLOB.indexOf('*'));
const isRulesImport = (specifier: string) =>
	specifier.startsWith(RULES_FOLDER) || RULES_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`));

const ruleFiles = filesOf(RULES_GLOB, false);
const runtimeFiles = ruleFiles.filter((file) => !file.includes('schema'));

describe('runtime rules files', () => {
	test('there are rules files to check', () => {
		expect(runtimeFiles).toContain(`${RULES_FOLDER}planner/plan-course.ts`);
	});
	test.each(runtimeFiles)('%s reaches neither zod nor a schema file', (file) => {
		const imports = reachable(file);
		expect(imports.filter((specifier) => isBuildTimeOnly(specifier) || specifier.includes('schema') || specifier.includes('holidays/'))).toEqual([]);
	});
	test.each(runtimeFiles)('%s reaches nothing outside the rules but date-fns', (file) => {
		expect(reachable(file).filter((specifier) => !isRulesImport(specifier))).toEqual([]);
	});
});

/** What pure rules never touch: the page, the browser, the clock, the environment, Astro. */
const IMPURE = [
	/\b(?:document|window|navigator|localStorage|sessionStorage|location|globalThis)\s*[.[]/,
	/\bDate\.now\b|\bnew Date\(\s*\)|\bperformance\.now\b/,
	/\bprocess\s*[.[]|\bimport\.meta\.env\b/,
	/from '(?:astro|astro:[^']*|@astrojs\/[^']*)'/,
];
/** Comments say what the code must not do; only code counts. */
const codeOf = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/**
 * The date module, the only files of the rules that touch `Date`: the calendar arithmetic with
 * date-fns over @date-fns/utc, counting and converting in one file and stepping in the other.
 */
const DATE_MODULE = [`${RULES_FOLDER}dates/calendar.ts`, `${RULES_FOLDER}dates/calendar-steps.ts`];

describe('rules boundary', () => {
	test.each(ruleFiles)('%s reads no DOM, clock, environment or Astro', (file) => {
		const code = codeOf(readFileSync(join(REPO_ROOT, file), 'utf8'));
		expect(IMPURE.filter((pattern) => pattern.test(code)).map(String)).toEqual([]);
	});
	test('the date module is there', () => {
		expect(ruleFiles).toEqual(expect.arrayContaining(DATE_MODULE));
	});
	test.each(ruleFiles.filter((file) => !DATE_MODULE.includes(file)))('%s touches no Date and no date-fns: the date module does', (file) => {
		const code = codeOf(readFileSync(join(REPO_ROOT, file), 'utf8'));
		expect(code.match(/\bDate\b|from '(?:date-fns|@date-fns\/utc)[^']*'/g) ?? []).toEqual([]);
	});
});

/* The islands (every .tsx component) ship to the browser: neither zod nor date-holidays may be reachable from one. */
const islandFiles = readdirSync(join(REPO_ROOT, 'src/components'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.tsx'))
	.map((file) => `src/components/${file.split('\\').join('/')}`)
	.sort();

describe('browser islands', () => {
	test('there are islands to check', () => {
		expect(islandFiles).toContain('src/components/planner/PlannerCalculator.tsx');
	});
	test.each(islandFiles)('%s reaches neither zod, nor date-holidays, nor a schema or holidays file', (file) => {
		const imports = reachable(file);
		expect(imports.filter((specifier) => isBuildTimeOnly(specifier) || specifier.includes('schema') || specifier.includes('holidays/'))).toEqual([]);
	});
});
