import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeFiles } from '../support/import-graph.ts';

/*
 * No `Date` outside the date module and the edges that read the clock or format for Intl
 * (issue 25, "Done when"; docs/code-layout.md). Every code file of the project is read: `.ts`,
 * `.tsx`, `.mts`, `.mjs`, `.js` and the whole of `.astro` files, under src/ and scripts/, and the
 * two config files. Tests are not read: they hold the rules to a hand-written calendar and to
 * `Date` in several time zones. src/lib/runtime-imports.test.ts holds the rules' side: no file of
 * src/lib/rules but the date module touches `Date` or date-fns.
 *
 * Each edge is one file, why it needs `Date`, and how many times it names it: a new use in an
 * edge fails here too, and so does an edge that no longer needs its entry.
 */

/** The date module: all the calendar arithmetic, with date-fns over @date-fns/utc. */
const DATE_MODULE = ['src/lib/rules/dates/calendar.ts', 'src/lib/rules/dates/calendar-steps.ts'];

/** The files outside the date module that may name `Date`, each with its reason and its count. */
const EDGES: Readonly<Record<string, { reason: string; uses: number }>> = {
	'src/components/calculators/local-today.ts': { reason: "reads the patient's clock: today in their own calendar", uses: 1 },
	'src/components/calculators/today.ts': { reason: "times the wake-up at the patient's next local midnight", uses: 2 },
	'src/i18n/format-date.ts': { reason: 'formats a calendar date, a month and a weekday with Intl.DateTimeFormat, which takes a Date', uses: 3 },
	'src/components/exercise/TickChart.astro': { reason: "the weekdays' short names from Intl.DateTimeFormat", uses: 2 },
	'src/components/planner/PlannerAnswer.tsx': { reason: "the calendar file's DTSTAMP: the moment it is made (Date.now())", uses: 1 },
	'src/components/medication/MedicationAnswer.tsx': { reason: "the calendar file's DTSTAMP: the moment it is made (Date.now())", uses: 1 },
	'astro.config.mjs': { reason: "the build day, from the build machine's clock", uses: 1 },
	'vitest.config.ts': { reason: "the build day for the tests' settings module, as astro.config.mjs reads it", uses: 1 },
	'scripts/serve/files.ts': { reason: "the test server reads an HTTP date (If-Modified-Since) with Date.parse", uses: 1 },
};

/** Comments name `Date` to say where it is not used; only code counts. */
const codeOf = (source: string) =>
	source
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:])\/\/.*$/gm, '$1');

/**
 * `Date` as code: the constructor, its statics, the type. Not a word of prose in a string
 * ("Date of your last dose"), nor `Intl.DateTimeFormat`.
 */
const DATE_USE = /\bDate\b(?!\s+[a-z])/g;

/** Each code file under `folders` of `root` (and `extra` files) that names `Date`, with how often: relative paths, with `/`. */
function dateUses(root: string, folders: readonly string[], extra: readonly string[] = []): Record<string, number> {
	const found: Record<string, number> = {};
	for (const file of [...codeFiles(root, folders), ...extra.map((name) => join(root, name))]) {
		if (/\.test\.tsx?$/.test(file)) continue;
		const uses = codeOf(readFileSync(file, 'utf8')).match(DATE_USE)?.length ?? 0;
		if (uses > 0) found[relative(root, file).split(sep).join('/')] = uses;
	}
	return found;
}

/** `once` or `n times`. */
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** What is wrong: a file that names `Date` and is neither the date module nor an edge, or an edge whose count moved. */
function outOfBounds(found: Record<string, number>): string[] {
	const problems = Object.entries(found)
		.filter(([file]) => !DATE_MODULE.includes(file))
		.filter(([file, uses]) => EDGES[file]?.uses !== uses)
		.map(([file, uses]) =>
			EDGES[file]
				? `${file} names Date ${times(uses)}, not ${times(EDGES[file].uses)}: do the calendar arithmetic in the date module (${DATE_MODULE.join(', ')}), or say why in EDGES`
				: `${file} names Date ${times(uses)}: use the date module (${DATE_MODULE.join(', ')}) or, to read the clock, src/components/calculators/local-today.ts`,
		);
	const gone = Object.keys(EDGES)
		.filter((file) => !(file in found))
		.map((file) => `${file} no longer names Date: take it out of EDGES`);
	return [...problems, ...gone];
}

const root = process.cwd();

describe('Date outside the date module', () => {
	test('the date module and every edge are there, and prose is not a use', () => {
		const found = dateUses(root, ['src', 'scripts'], ['astro.config.mjs', 'vitest.config.ts']);
		for (const file of [...DATE_MODULE, ...Object.keys(EDGES)]) expect(existsSync(join(root, file)), file).toBe(true);
		// A string's prose and a comment are not uses: the English strings say "Date of your last dose".
		expect(found['src/i18n/strings/en.ts']).toBeUndefined();
	});

	test('no file names Date but the date module and the listed edges, each as often as listed', () => {
		expect(outOfBounds(dateUses(root, ['src', 'scripts'], ['astro.config.mjs', 'vitest.config.ts']))).toEqual([]);
	});

	test('finds a planted use in a script, in an .astro template and in an edge, and a stale edge', () => {
		const dir = mkdtempSync(join(tmpdir(), 'date-edges-'));
		mkdirSync(join(dir, 'scripts'));
		writeFileSync(join(dir, 'scripts', 'later.ts'), "// new Date() in a comment does not count\nexport const later = () => new Date(Date.now() + 1).toISOString();\n");
		writeFileSync(join(dir, 'scripts', 'words.ts'), "export const label = 'Date of your last dose';\n/* Date.now() */\n");
		mkdirSync(join(dir, 'src', 'components', 'calculators'), { recursive: true });
		writeFileSync(join(dir, 'src', 'components', 'Year.astro'), '---\n---\n<!-- new Date() -->\n<p>{new Date().getFullYear()}</p>\n');
		writeFileSync(join(dir, 'src', 'components', 'calculators', 'local-today.ts'), 'export const a = new Date();\nexport const b = new Date();\n');
		const found = dateUses(dir, ['scripts', 'src']);
		expect(found).toEqual({ 'scripts/later.ts': 2, 'src/components/Year.astro': 1, 'src/components/calculators/local-today.ts': 2 });
		expect(outOfBounds(found)).toEqual([
			'scripts/later.ts names Date 2 times: use the date module (src/lib/rules/dates/calendar.ts, src/lib/rules/dates/calendar-steps.ts) or, to read the clock, src/components/calculators/local-today.ts',
			'src/components/Year.astro names Date once: use the date module (src/lib/rules/dates/calendar.ts, src/lib/rules/dates/calendar-steps.ts) or, to read the clock, src/components/calculators/local-today.ts',
			'src/components/calculators/local-today.ts names Date 2 times, not once: do the calendar arithmetic in the date module (src/lib/rules/dates/calendar.ts, src/lib/rules/dates/calendar-steps.ts), or say why in EDGES',
			...Object.keys(EDGES)
				.filter((file) => file !== 'src/components/calculators/local-today.ts')
				.map((file) => `${file} no longer names Date: take it out of EDGES`),
		]);
	});
});
