/**
 * Page-weight budgets over a built site: for each page type, everything a first visit loads
 * before the patient opens search (the HTML, its stylesheets, its scripts and every module they
 * import, island code included), gzipped. Prints a table and exits non-zero when a page type is
 * over its budget.
 *
 * Usage: node scripts/budget.ts [--dir dist-test] [--base /clinic-site/]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { option } from './cli.ts';

export interface Budget {
	html: number;
	css: number;
	js: number;
}

const KB = 1024;
/** Budgets from issue 7, in bytes gzipped. */
export const BUDGETS: Record<string, Budget> = {
	home: { html: 10 * KB, css: 10 * KB, js: 2 * KB },
	guide: { html: 10 * KB, css: 10 * KB, js: 2 * KB },
	guides: { html: 10 * KB, css: 10 * KB, js: 2 * KB },
	medication: { html: 10 * KB, css: 10 * KB, js: 20 * KB },
	planner: { html: 10 * KB, css: 10 * KB, js: 20 * KB },
	search: { html: 10 * KB, css: 10 * KB, js: 2 * KB },
	notFound: { html: 10 * KB, css: 10 * KB, js: 2 * KB },
};

/** The page of each type to measure, as a path below the base. */
export const SAMPLE_PAGES: Record<string, string> = {
	home: 'index.html',
	guide: 'guides/side-effects/index.html',
	guides: 'guides/index.html',
	medication: 'medication-dates/index.html',
	planner: 'plan-your-sessions/index.html',
	search: 'search/index.html',
	notFound: '404.html',
};

/**
 * The same-site assets an HTML page loads at once: stylesheets, scripts, module preloads and
 * island code (`component-url`, `renderer-url`), as paths below the base. Pagefind's files load
 * only once the patient searches, so they are left out.
 *
 * @example
 * assetsOf('<link rel="stylesheet" href="/b/_astro/a.css"><script type="module" src="/b/_astro/x.js"></script>', '/b/')
 * // => { css: ['_astro/a.css'], js: ['_astro/x.js'] }
 */
export function assetsOf(html: string, base: string): { css: string[]; js: string[] } {
	const local = (url: string) => (url.startsWith(base) && !url.startsWith(`${base}pagefind/`) ? [url.slice(base.length)] : []);
	const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].flatMap((m) => local(m[1] ?? ''));
	const js = [
		...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
		...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ''),
		...[...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1] ?? ''),
	].flatMap(local);
	return { css: [...new Set(css)], js: [...new Set(js)] };
}

/**
 * The modules a built script imports statically (`import "./x.js"`, `from"./x.js"`), as paths
 * relative to the same folder.
 *
 * @example
 * staticImports('import{a}from"./preact.js";import"./b.js";import("./lazy.js")') // => ['preact.js', 'b.js']
 */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
}

/** Gzipped size of a file's bytes (level 9, as a CDN's best compression). */
export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

export interface PageWeight {
	type: string;
	html: number;
	css: number;
	js: number;
	files: string[];
}

/** Measures one built page: its HTML, CSS and the full static import graph of its scripts. */
export function measurePage(dir: string, base: string, type: string, page: string): PageWeight {
	const html = readFileSync(join(dir, page), 'utf8');
	const { css, js } = assetsOf(html, base);
	const seen = new Set<string>();
	const queue = [...js];
	while (queue.length > 0) {
		const file = queue.shift() ?? '';
		if (seen.has(file)) continue;
		seen.add(file);
		const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
		for (const imported of staticImports(readFileSync(join(dir, file), 'utf8'))) queue.push(`${folder}${imported}`);
	}
	const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSize(readFileSync(join(dir, f))), 0);
	return { type, html: gzipSize(html), css: total(css), js: total(seen), files: [...css, ...seen] };
}


if (import.meta.main) {
	const dir = option('dir') ?? 'dist';
	const base = option('base') ?? '/';
	const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
	const rows = Object.entries(SAMPLE_PAGES).map(([type, page]) => measurePage(dir, base, type, page));
	const failures: string[] = [];
	console.log('\nPage weight, gzipped (budget in brackets):\n');
	console.log(`${'page type'.padEnd(12)}${'HTML'.padEnd(22)}${'CSS'.padEnd(22)}JS`);
	for (const row of rows) {
		const budget = BUDGETS[row.type] as Budget;
		const cell = (part: keyof Budget) => {
			if (row[part] > budget[part]) failures.push(`${row.type} ${part.toUpperCase()} is ${kb(row[part])}, over its ${kb(budget[part])} budget`);
			return `${kb(row[part])} (${kb(budget[part])})${row[part] > budget[part] ? ' OVER' : ''}`.padEnd(22);
		};
		console.log(`${row.type.padEnd(12)}${cell('html')}${cell('css')}${cell('js')}`);
	}
	if (failures.length > 0) {
		console.error(`\n${failures.join('\n')}`);
		process.exit(1);
	}
	console.log('\nEvery page type is within its budget.');
}
