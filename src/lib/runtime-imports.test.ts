import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/*
 * The browser islands import the rules module, and must not ship zod: settings are validated at
 * build time. Only the `*schema*.ts` files may use zod. This test follows every value import
 * (type-only imports vanish when compiled) from each other rules file and fails if zod, or a
 * schema file, can be reached.
 */

const root = fileURLToPath(new URL('.', import.meta.url));
const RULE_FOLDERS = ['dates', 'medication', 'calendar-file', 'share', 'planner'];
/** Build-time only libraries: big, and their results reach the browser as plain data. */
const BUILD_TIME_ONLY = ['zod', 'date-holidays'];
const isBuildTimeOnly = (specifier: string) => BUILD_TIME_ONLY.some((name) => specifier === name || specifier.startsWith(`${name}/`));
const runtimeFiles = readdirSync(root, { recursive: true, encoding: 'utf8' })
	.filter((file) => RULE_FOLDERS.some((folder) => file.startsWith(`${folder}/`)))
	.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('schema'))
	.sort();

function valueImports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/^import (?!type\b)[\s\S]*?from '([^']+)';/gm)].map((match) => match[1] ?? '');
}

function reachable(start: string): string[] {
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
			// A stylesheet's address (`printout.css?url`) is a file name, not code.
			if (/\.css(\?|$)/.test(specifier)) continue;
			const target = join(dirname(file), specifier);
			found.push(relative(root, target));
			visit(target);
		}
	};
	visit(join(root, start));
	return found;
}

describe('runtime rules files', () => {
	test.each(runtimeFiles)('%s reaches neither zod nor a schema file', (file) => {
		const imports = reachable(file);
		expect(imports.filter((specifier) => isBuildTimeOnly(specifier) || specifier.includes('schema') || specifier.startsWith('holidays/'))).toEqual([]);
	});
});

/* The islands (every .tsx component) ship to the browser: neither zod nor date-holidays may be reachable from one. */
const components = join(root, '../components');
const islandFiles = readdirSync(components, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx')).sort();

describe('browser islands', () => {
	test('there are islands to check', () => {
		expect(islandFiles).toContain('planner/PlannerCalculator.tsx');
	});
	test.each(islandFiles)('%s reaches neither zod, nor date-holidays, nor a schema or holidays file', (file) => {
		const imports = reachable(relative(root, join(components, file)));
		expect(imports.filter((specifier) => isBuildTimeOnly(specifier) || specifier.includes('schema') || specifier.includes('holidays/'))).toEqual([]);
	});
});
