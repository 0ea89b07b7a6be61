import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeFiles, cycles, fileGraph, folderGraph, type Cycle } from '../support/import-graph.ts';

/*
 * No import cycle of files or of folders (issue 25). The graph is every import of every code
 * file — `.ts`, `.tsx`, `.mjs` and the front matter and scripts of `.astro` files; static,
 * type-only and dynamic imports alike — under src/, scripts/ and tests/, and the two config
 * files. A cycle is reported as the group of files (or folders) that reach each other, with one
 * path through it, so the message names an import to break.
 *
 * Folders: folder A imports folder B when a file directly in A imports one directly in B. Test
 * files are left out of the folder graph only: no module imports a test, so a test is never part
 * of a cycle that runs, and a test may import what it tests from anywhere (a guide test reads the
 * scripts' reading-level measurer; a rules test reads the calendar oracle in tests/support).
 */

const root = process.cwd();
const files = fileGraph(root, [...codeFiles(root, ['src', 'scripts', 'tests']), join(root, 'astro.config.mjs'), join(root, 'vitest.config.ts')]);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const folders = folderGraph(new Map([...files].filter(([file]) => !isTest(file))));

const described = (found: readonly Cycle[], noun: string) =>
	found.map(({ members, example }) => `${members.length} ${noun} reach each other (${members.join(', ')}); one path: ${example.join(' → ')}`);

describe('the import graph', () => {
	test('holds every kind of code file and import', () => {
		const targets = (file: string) => [...(files.get(file) ?? [])];
		// An .astro file's front matter, and an .astro file as a target.
		expect(targets('src/components/exercise/ExercisePage.astro')).toContain('src/components/content/ExerciseSheetList.astro');
		// A dynamic import() in an island.
		expect(targets('src/components/planner/PlannerCalculator.tsx')).toContain('src/components/planner/result-view.ts');
		// A config file, and a test file.
		expect(targets('astro.config.mjs')).toContain('src/integrations/static-headers.ts');
		expect(targets('tests/unit/import-cycles.test.ts')).toContain('tests/support/import-graph.ts');
		expect(files.size).toBeGreaterThan(300);
	});

	test('finds a cycle through a type-only import, a dynamic import and an .astro file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
		writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "module": "preserve", "allowImportingTsExtensions": true, "noEmit": true } }');
		writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.ts';\nexport type A = B;\n");
		writeFileSync(join(dir, 'b.ts'), "export type B = string;\nexport const load = () => import('./Card.astro');\n");
		writeFileSync(join(dir, 'Card.astro'), "---\nimport type { A } from './a.ts';\n---\n<p>card</p>\n");
		writeFileSync(join(dir, 'c.ts'), "import './a.ts';\n");
		const graph = fileGraph(dir, codeFiles(dir, ['.']));
		expect(cycles(graph)).toEqual([{ members: ['Card.astro', 'a.ts', 'b.ts'], example: ['Card.astro', 'a.ts', 'b.ts', 'Card.astro'] }]);
		expect(cycles(folderGraph(new Map([['x/a.ts', new Set(['y/b.ts'])], ['y/b.ts', new Set(['x/c.ts'])]])))).toEqual([{ members: ['x', 'y'], example: ['x', 'y', 'x'] }]);
	});
});

test('no file imports itself through other files', () => {
	expect(described(cycles(files), 'files')).toEqual([]);
});

test('no folder imports itself through other folders', () => {
	expect(described(cycles(folders), 'folders')).toEqual([]);
});
