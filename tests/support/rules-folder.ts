import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Where the pure rules module is, said once for every check of it: the JSDoc-example test
 * (src/lib/jsdoc-examples.test.ts), the boundary test (src/lib/runtime-imports.test.ts) and the
 * time-zone projects (vitest.config.ts). The layout is written down in docs/code-layout.md.
 */

/** The repository's root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every source file of the pure rules, tests included; relative to the repository's root. */
export const RULES_GLOB = 'src/lib/rules/**/*.ts';

/**
 * Build-time code that does calendar arithmetic with the rules' dates: public holidays and the
 * clinic's closures (date-holidays, never in the browser). Its examples and its tests run with the rules'.
 */
export const HOLIDAYS_GLOB = 'src/lib/site/holidays/**/*.ts';

const isTest = (file: string) => file.endsWith('.test.ts');

/** The files a glob finds, sorted, relative to the repository's root; `tests` says whether test files are wanted. */
export function filesOf(glob: string, tests: boolean): string[] {
	return globSync(glob, { cwd: REPO_ROOT })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => isTest(file) === tests)
		.sort();
}

/** The specifiers of a file's value imports (type-only imports vanish when compiled). */
export function valueImports(file: string): string[] {
	const source = readFileSync(join(REPO_ROOT, file), 'utf8');
	return [...source.matchAll(/^(?:(?:import|export) (?!type\b)[^;]*? from |import )'([^']+)';/gm)].map((match) => match[1] ?? '');
}

/**
 * Everything a file reaches through value imports: package specifiers as written, and files
 * relative to the repository's root. A stylesheet's address (`printout.css?url`) is a file name, not code.
 */
export function reachable(start: string): string[] {
	const seen = new Set<string>();
	const found: string[] = [];
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const specifier of valueImports(file)) {
			if (!specifier.startsWith('.')) {
				found.push(specifier);
				continue;
			}
			if (/\.css(\?|$)/.test(specifier)) continue;
			const target = relative(REPO_ROOT, join(REPO_ROOT, dirname(file), specifier)).split('\\').join('/');
			found.push(target);
			visit(target);
		}
	};
	visit(start);
	return found;
}

/** Whether a source file itself works with `Date` values: JavaScript's `Date`, Intl's date format, date-fns or @date-fns/utc. */
const handlesDate = (file: string) =>
	/\bnew Date\b|\bDate\.(?:UTC|now|parse)\b|\bUTCDate\w*\b|\bIntl\.DateTimeFormat\b|from 'date-fns|from '@date-fns\//.test(readFileSync(join(REPO_ROOT, file), 'utf8'));

/**
 * The tests the time-zone projects run again in each zone: every test in src/lib (the rules, the
 * holidays, the build-time checks) and src/i18n whose code works with `Date`, and the JSDoc
 * examples. The rest never sees a Date.
 */
export function dateTests(): string[] {
	const candidates = filesOf('src/{lib,i18n}/**/*.ts', true);
	const touchesDate = (test: string) => handlesDate(test) || reachable(test).some((file) => file.endsWith('.ts') && file.startsWith('src/') && handlesDate(file));
	return [...new Set([...candidates.filter(touchesDate), 'src/lib/jsdoc-examples.test.ts'])];
}
