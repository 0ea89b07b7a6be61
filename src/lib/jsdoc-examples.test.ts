import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesOf, HOLIDAYS_GLOB, REPO_ROOT, RULES_GLOB } from '../../tests/support/rules-folder.ts';

/*
 * Every exported function in the rules folder (src/lib/rules, and the build-time holidays that do
 * date arithmetic with it) documents itself with an @example whose `//=>` line is the true result.
 * This test runs each example against the real exports and checks the result, so a stale example
 * fails the build instead of misleading the next reader.
 */

const sourceFiles = [...filesOf(RULES_GLOB, false), ...filesOf(HOLIDAYS_GLOB, false)];

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
	sourceFiles.map(async (file) => ({ file, exports: (await import(join(REPO_ROOT, file))) as Record<string, unknown> })),
);
const scope = new Map<string, unknown>();
for (const { file, exports } of modules) {
	for (const [name, value] of Object.entries(exports)) {
		if (scope.has(name) && scope.get(name) !== value) {
			throw new Error(`${file} exports "${name}", which another module of the rules also exports.`);
		}
		scope.set(name, value);
	}
}

// The planner examples use the default rules, a test helper kept outside the rules.
scope.set('defaultPlannerSettings', (await import('../../tests/unit/support/planner-settings.ts')).defaultPlannerSettings);

const sources = sourceFiles.map((file) => ({ file, source: readFileSync(join(REPO_ROOT, file), 'utf8') }));
const examples = sources.flatMap(({ file, source }) => examplesOf(file, source));

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
