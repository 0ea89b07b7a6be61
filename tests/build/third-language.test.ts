import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, test } from 'vitest';

/*
 * Adding a language is "files only": in a copy of the project, a third language (Welsh, `cy`)
 * gets a strings file, a printouts file, a guides folder and an exercises folder copied from
 * English, one entry in src/i18n/languages.ts, in the strings table and in the printouts table, and a place in clinic.yaml, and no component
 * changes. The build then has its pages, its search index, sitemap alternates and a switcher
 * entry. The same build counts how often clinic.yaml is read: once, in astro.config.mjs.
 */

const root = mkdtempSync(join(tmpdir(), 'third-language-'));
const out = join(root, 'dist');
const readLog = join(root, 'reads.log');
const guideSlugs = readdirSync('src/content/guides/en').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
let built: { status: number | null; output: string };

/** Replaces `from` in a copied file, failing loudly if the file no longer reads that way. */
function edit(file: string, from: string | RegExp, to: string) {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`${file} no longer contains ${from}: update this test's one-line edit.`);
	writeFileSync(path, changed);
}

beforeAll(() => {
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'clinic.yaml']) {
		cpSync(entry, join(root, entry), { recursive: true });
	}
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	// The new language's files: copies of the English strings and guides.
	writeFileSync(
		join(root, 'src/i18n/strings/cy.ts'),
		readFileSync('src/i18n/strings/en.ts', 'utf8').replace(/^export const en = \{/m, "import type { UiStrings } from './en.ts';\n\nexport const cy: UiStrings = {").replace(/^export type [\s\S]*$/m, ''),
	);
	writeFileSync(
		join(root, 'src/i18n/printouts/cy.ts'),
		readFileSync('src/i18n/printouts/en.ts', 'utf8').replace(/^export const en = \{/m, "import type { PrintoutStrings } from './en.ts';\n\nexport const cy: PrintoutStrings = {").replace(/\} as const;/, '};').replace(/^export type [\s\S]*$/m, ''),
	);
	cpSync('src/content/guides/en', join(root, 'src/content/guides/cy'), { recursive: true });
	cpSync('src/content/exercises/en', join(root, 'src/content/exercises/cy'), { recursive: true });
	// One entry in the language list, one in the strings table, one in the settings.
	edit('src/i18n/languages.ts', /\n\ttr: \{/, "\n\tcy: { name: 'Cymraeg', tag: 'cy-GB', dir: 'ltr' },\n\ttr: {");
	edit('src/i18n/index.ts', "export const strings: Record<Lang, UiStrings> = { en, tr };", "export const strings: Record<Lang, UiStrings> = { en, tr, cy };");
	edit('src/i18n/index.ts', "import { tr } from './strings/tr.ts';", "import { tr } from './strings/tr.ts';\nimport { cy } from './strings/cy.ts';");
	edit('src/i18n/printouts/index.ts', "\ttr: () => import('./tr.ts').then((module) => module.tr),", "\ttr: () => import('./tr.ts').then((module) => module.tr),\n\tcy: () => import('./cy.ts').then((module) => module.cy),");
	edit('clinic.yaml', /^(\s+)enabled: \[en, tr\]$/m, '$1enabled: [en, tr, cy]');

	const result = spawnSync('astro', ['build', '--outDir', out], {
		cwd: root,
		env: {
			...process.env,
			BASE_PATH: '/sub/',
			CLINIC_SETTINGS: '',
			NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(resolve('tests/build/support/count-reads.mjs')).href}`,
			COUNT_READS_OF: join(root, 'clinic.yaml'),
			COUNT_READS_LOG: readLog,
		},
		encoding: 'utf8',
		timeout: 240_000,
	});
	built = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 250_000);

const file = (path: string) => readFileSync(join(out, path), 'utf8');

test('builds', () => {
	expect(built.status, built.output).toBe(0);
});

test('clinic.yaml is read once in the whole build', () => {
	const reads = readFileSync(readLog, 'utf8')
		.trim()
		.split('\n')
		.map((line) => Number(line.split(' ')[1]));
	expect(reads.reduce((a, b) => a + b, 0)).toBe(1);
});

test('every page and guide is built in the new language', () => {
	for (const path of ['', 'guides/', 'plan-your-sessions/', 'medication-dates/', 'search/', ...guideSlugs.map((s) => `guides/${s}/`)]) {
		expect(file(`cy/${path}index.html`), path).toContain('<html lang="cy-GB"');
	}
});

test('search has an index for the new language', () => {
	const entry = JSON.parse(file('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
	expect(entry.languages['cy-gb']?.page_count).toBe(entry.languages['en-gb']?.page_count);
});

test('the sitemap gives each page its new-language twin', () => {
	const sitemap = file('sitemap.xml');
	expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="cy-GB" href="https://riverside-clinic.example/sub/cy/guides/costs/"/>');
	expect(sitemap).toContain('<loc>https://riverside-clinic.example/sub/cy/medication-dates/</loc>');
});

test('the language switcher offers the new language on the twin page', () => {
	expect(file('guides/costs/index.html')).toMatch(/<a href="\/sub\/cy\/guides\/costs\/" hreflang="cy-GB" lang="cy-GB"[^>]*>/);
	expect(file('tr/index.html')).toMatch(/<a href="\/sub\/cy\/" hreflang="cy-GB" lang="cy-GB"[^>]*>/);
});
