/**
 * The project's import graph, of files and of folders, and the cycles in it (issue 25: "no import
 * cycle of files or of folders").
 *
 * Written here over TypeScript's own pre-processor and resolver rather than with madge or
 * dependency-cruiser: neither reads `.astro` files, and a third of the components are `.astro`
 * files whose front matter and `<script>`s import the rest. TypeScript (already a dev dependency)
 * finds every kind of import — static, `import type`, `export … from`, `import()` and
 * `import('…').Type` — and resolves them with the project's tsconfig (the `~/` alias included).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The file kinds that import code. */
const CODE = /\.(?:ts|tsx|mts|mjs|js|astro)$/;

/** A graph: each node and the nodes it imports. */
export type Graph = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The code an `.astro` file runs: its front matter and the bodies of its `<script>` tags.
 *
 * @example
 * astroCode("---\nimport A from './A.astro';\n---\n<p>x</p>\n<script>import './b.ts';</script>")
 * // => "\nimport A from './A.astro';\n\nimport './b.ts';"
 */
export function astroCode(source: string): string {
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
	return ['', frontMatter, ...scripts].join('\n');
}

/**
 * Every module specifier a file names, whatever the kind of import.
 *
 * @example
 * specifiersOf('x.ts', "import type { A } from './a.ts';\nconst b = await import('./b.ts');\ntype C = import('./c.ts').C;")
 * // => ['./a.ts', './b.ts', './c.ts']
 */
export function specifiersOf(file: string, source: string): string[] {
	const code = file.endsWith('.astro') ? astroCode(source) : source;
	return ts.preProcessFile(code, true, true).importedFiles.map((imported) => imported.fileName);
}

/** The project's compiler options, from its tsconfig.json, for resolving specifiers as the type check does. */
function compilerOptions(root: string): ts.CompilerOptions {
	const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
	const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root, undefined, undefined, undefined, []);
	return { ...parsed.options, allowArbitraryExtensions: true };
}

/** The files with code below the given folders of `root` (node_modules and build output aside), as absolute paths. */
export function codeFiles(root: string, folders: readonly string[]): string[] {
	return folders
		.flatMap((folder) =>
			readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
				.filter((file) => CODE.test(file) && !file.split(sep).includes('node_modules'))
				.map((file) => join(root, folder, file)),
		)
		.sort();
}

/**
 * The graph of project files: each file (relative to `root`, with `/`) and the project files it
 * imports. Packages, virtual modules (`virtual:clinic/…`, `astro:content`) and stylesheets are
 * not nodes: they import nothing of ours.
 */
export function fileGraph(root: string, files: readonly string[]): Graph {
	const options = compilerOptions(root);
	const host = ts.createCompilerHost(options);
	const name = (file: string) => relative(root, file).split(sep).join('/');
	const graph = new Map<string, Set<string>>();
	for (const file of files) {
		const targets = new Set<string>();
		for (const raw of specifiersOf(file, readFileSync(file, 'utf8'))) {
			const specifier = raw.replace(/\?.*$/, '');
			const target = resolveSpecifier(specifier, file, root, options, host);
			if (target && CODE.test(target) && !target.split(sep).includes('node_modules')) targets.add(name(target));
		}
		graph.set(name(file), targets);
	}
	return graph;
}

function resolveSpecifier(specifier: string, from: string, root: string, options: ts.CompilerOptions, host: ts.CompilerHost): string | undefined {
	// A component's own path (`./Card.astro`, `~/components/Card.astro`): TypeScript resolves it only through a shim.
	const direct = specifier.startsWith('.') ? join(dirname(from), specifier) : specifier.startsWith('~/') ? join(root, 'src', specifier.slice(2)) : undefined;
	if (direct && existsSync(direct) && CODE.test(direct)) return direct;
	return ts.resolveModuleName(specifier, from, options, host).resolvedModule?.resolvedFileName;
}

/**
 * The graph of folders: folder A imports folder B when a file directly in A imports a file
 * directly in B (a folder and its subfolders are different nodes).
 *
 * @example
 * [...folderGraph(new Map([['a/x.ts', new Set(['b/y.ts', 'a/z.ts'])]])).entries()]
 * // => [['a', new Set(['b'])]]
 */
export function folderGraph(files: Graph): Graph {
	const graph = new Map<string, Set<string>>();
	for (const [file, targets] of files) {
		const from = dirname(file);
		const edges = graph.get(from) ?? new Set<string>();
		for (const target of targets) if (dirname(target) !== from) edges.add(dirname(target));
		graph.set(from, edges);
	}
	return graph;
}

/** A group of nodes that all reach each other, and one closed path through it. */
export interface Cycle {
	/** The group's nodes, sorted. */
	members: string[];
	/** The shortest closed path from the group's first node back to it. */
	example: string[];
}

/**
 * The cycles of a graph: each group of nodes that reach each other (Tarjan's strongly connected
 * components, a node that imports itself included), with one closed path through it, so the
 * message names imports to break. Sorted by the groups' first nodes.
 *
 * @example
 * cycles(new Map([['a', new Set(['b'])], ['b', new Set(['a'])], ['c', new Set(['c'])], ['d', new Set(['a'])]]))
 * // => [{ members: ['a', 'b'], example: ['a', 'b', 'a'] }, { members: ['c'], example: ['c', 'c'] }]
 */
export function cycles(graph: Graph): Cycle[] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const groups: string[][] = [];
	let next = 0;
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next);
		next += 1;
		stack.push(node);
		onStack.add(node);
		for (const target of graph.get(node) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
			} else if (onStack.has(target)) {
				low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
			}
		}
		if (low.get(node) === index.get(node)) {
			const group: string[] = [];
			let member: string | undefined;
			do {
				member = stack.pop();
				if (member === undefined) break;
				onStack.delete(member);
				group.push(member);
			} while (member !== node);
			if (group.length > 1 || graph.get(node)?.has(node)) groups.push(group.sort());
		}
	};
	for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
	return groups
		.map((members) => ({ members, example: closedPath(graph, new Set(members)) }))
		.sort((a, b) => ((a.members[0] ?? '') < (b.members[0] ?? '') ? -1 : 1));
}

/** The shortest closed path from a group's first node back to itself, through the group only. */
function closedPath(graph: Graph, group: ReadonlySet<string>): string[] {
	const start = [...group].sort()[0] ?? '';
	const previous = new Map<string, string>();
	const queue = [start];
	for (let i = 0; i < queue.length; i += 1) {
		const node = queue[i] ?? '';
		for (const target of [...(graph.get(node) ?? [])].sort()) {
			if (!group.has(target)) continue;
			if (target === start) {
				const path = [node];
				while (path[0] !== start) path.unshift(previous.get(path[0] ?? '') ?? start);
				return [...path, start];
			}
			if (!previous.has(target)) {
				previous.set(target, node);
				queue.push(target);
			}
		}
	}
	return [start, start];
}
