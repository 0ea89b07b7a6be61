import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/*
 * Every exported function in the rules folders of src/lib documents itself with an @example whose `//=>` line is the
 * true result. This test runs each example against the real exports and checks the result, so a
 * stale example fails the build instead of misleading the next reader.
 */

const root = fileURLToPath(new URL('.', import.meta.url));
/** The pure rules module: the folders this test covers. */
const RULE_FOLDERS = ['dates', 'medication', 'calendar-file', 'share', 'planner', 'holidays'];
const sourceFiles = readdirSync(root, { recursive: true, encoding: 'utf8' })
	.filter((file) => RULE_FOLDERS.some((folder) => file.startsWith(`${folder}/`)))
	.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
	.sort();

type Example = { file: string; code: string; expected: string };

function examplesOf(file: string, source: string): Example[] {
	const examples: Example[] = [];
	for (const block of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
		const lines = (block[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
		let inExample = false;
		let code: string[] = [];
		for (const line of lines) {
			if (line.startsWith('@')) {
				inExample = line.startsWith('@example');
				code = [];
				continue;
			}
			if (!inExample) continue;
			if (line.startsWith('//=>')) {
				examples.push({ file, code: code.join('\n'), expected: line.slice(4).trim() });
				code = [];
			} else if (line.trim() !== '') {
				code.push(line);
			}
		}
	}
	return examples;
}

function exportedFunctionsWithoutExample(source: string): string[] {
	const missing: string[] = [];
	for (const match of source.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export function (\w+)/g)) {
		const doc = match[1] ?? '';
		if (!doc.includes('@example') || !doc.includes('//=>')) missing.push(match[2] ?? '?');
	}
	return missing;
}

const modules = await Promise.all(
	sourceFiles.map(async (file) => ({ file, exports: (await import(join(root, file))) as Record<string, unknown> })),
);
const scope = new Map<string, unknown>();
for (const { file, exports } of modules) {
	for (const [name, value] of Object.entries(exports)) {
		if (scope.has(name) && scope.get(name) !== value) {
			throw new Error(`${file} exports "${name}", which another module in src/lib also exports.`);
		}
		scope.set(name, value);
	}
}

// The planner examples use the default rules, a test helper kept outside src/lib.
scope.set('defaultPlannerSettings', (await import('../../tests/unit/support/planner-settings.ts')).defaultPlannerSettings);

const sources = sourceFiles.map((file) => ({ file, source: readFileSync(join(root, file), 'utf8') }));
const examples = sources.flatMap(({ file, source }) => examplesOf(relative('.', file), source));

describe('JSDoc examples', () => {
	test.each(sources.map(({ file, source }) => [file, source] as const))(
		'every exported function in %s has an @example with a //=> result',
		(_file, source) => {
			expect(exportedFunctionsWithoutExample(source)).toEqual([]);
		},
	);

	test.each(examples.map((example) => [example.file, example.code, example.expected] as const))(
		'%s: %s',
		(_file, code, expected) => {
			const names = [...scope.keys()];
			const run = new Function(...names, `return (${code});`) as (...values: unknown[]) => unknown;
			const actual = run(...names.map((name) => scope.get(name)));
			const wanted = new Function(`return (${expected});`)() as unknown;
			expect(actual).toEqual(wanted);
		},
	);
});
