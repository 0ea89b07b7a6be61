import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { parseDocument, visit } from 'yaml';
import { projectCopy } from './project-copy.ts';
import { run, type Ran } from './run.ts';

/*
 * One whole build serves several test files (exercise-clinic, guides-settings, hosting-configs,
 * third-language): each used to build the example clinic with a change or two of its own, and a
 * build is the slow part. Their changes do not contradict each other, so one copy of the project
 * carries them all:
 * - a third language, Welsh (`cy`), added as files only (see {@link addThirdLanguage});
 * - clinic.yaml (the copy's own, read by default) with the knee sheet only plus one exercise of
 *   the clinic's own, a changed medicine hold, course limit, reviewer name and brand colour;
 * - one guide changed (its title), built under the sub-path /patients/.
 * The build project's global setup (./global-setup.ts) starts it before the first file, in a
 * copy of the project of its own, so it runs beside the files' own builds; the files that read
 * it wait for it to end ({@link sharedSite}).
 */

declare module 'vitest' {
	export interface ProvidedContext {
		/** This run's shared build: its copy of the project and, once it ends, result.json (a {@link SharedSite}). */
		sharedSiteDir: string;
	}
}

/** The sub-path the shared site is built under, as a clinic deploying to a folder would. */
export const SHARED_BASE = '/patients/';
/** The address the shared site is published at (the example clinic's, so it is still a placeholder). */
export const SHARED_SITE_URL = 'https://riverside-clinic.example';

/** The third language, added as files only. */
export const THIRD = { code: 'cy', name: 'Cymraeg', tag: 'cy-GB' } as const;

/** The clinic's own exercise on the knee sheet, with its words in every published language. */
export const WALL_SIT = {
	id: 'wall-sit',
	area: 'knee',
	title: { en: 'Wall sit', tr: 'Duvarda oturma', cy: 'Eistedd wrth y wal' },
	steps: {
		en: ['Stand with your back to a wall.', 'Slide down a little, then up.'],
		tr: ['Sırtınızı duvara verin.', 'Biraz kayın, sonra kalkın.'],
		cy: ['Sefwch â’ch cefn at wal.', 'Llithrwch i lawr ychydig, yna i fyny.'],
	},
	howMany: { en: '5 times, once a day.', tr: '5 kez, günde 1 kez.', cy: '5 gwaith, unwaith y dydd.' },
	// A file that is in public/, as a clinic's own picture must be.
	image: '/logo.svg',
	imageAlt: { en: 'A person leaning on a wall with bent knees.', tr: 'Dizleri bükülü, duvara yaslanan bir kişi.', cy: 'Person yn pwyso ar wal â’i bengliniau wedi plygu.' },
} as const;

/** The clinic's changed numbers and reviewer: every page that mentions them must show these. */
export const CHANGED = {
	holdDaysBefore: 9,
	courseMaxMonths: 11,
	/** A reviewer name that would break out of a <script> element if it were not escaped. */
	reviewer: 'Dr Test </script><b>&amp; Co</b>',
	/** The brand colour feeds the one inline style every page has (the example's is #005eb8). */
	primaryColour: '#7a1f5c',
	/** Added to the title of guides/costs. */
	costsTitle: '(changed for the host test)',
} as const;

/** The example clinic's own brand colour, which the shared site no longer has. */
export const EXAMPLE_PRIMARY_COLOUR = '#005eb8';

export interface SharedSite extends Ran {
	/** The copy of the project the site was built from. */
	root: string;
	/** The built site. */
	out: string;
	/** The log of the file counting reads of clinic.yaml: one line "<pid> <reads>" per Node process. */
	readLog: string;
}

/** Replaces `from` in a file of the copy, failing loudly if the file no longer reads that way. */
function edit(root: string, file: string, from: string | RegExp, to: string) {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`${file} no longer contains ${from}: update the shared build's one-line edit (tests/build/support/shared-site.ts).`);
	writeFileSync(path, changed);
}

/**
 * Adding a language is "files only": a strings file, a printouts file, a guides folder and an
 * exercises folder copied from English, one entry in src/i18n/languages.ts, in the strings table
 * and in the printouts table, and a place in clinic.yaml (done with the other settings), and no
 * component changes.
 */
function addThirdLanguage(root: string) {
	writeFileSync(
		join(root, `src/i18n/strings/${THIRD.code}.ts`),
		readFileSync('src/i18n/strings/en.ts', 'utf8').replace(/^export const en = \{/m, `import type { UiStrings } from './en.ts';\n\nexport const ${THIRD.code}: UiStrings = {`).replace(/^export type [\s\S]*$/m, ''),
	);
	writeFileSync(
		join(root, `src/i18n/printouts/${THIRD.code}.ts`),
		readFileSync('src/i18n/printouts/en.ts', 'utf8')
			.replace(/^export const en = \{/m, `import type { PrintoutStrings } from './en.ts';\n\nexport const ${THIRD.code}: PrintoutStrings = {`)
			.replace(/\} as const;/, '};')
			.replace(/^export type [\s\S]*$/m, ''),
	);
	cpSync('src/content/guides/en', join(root, `src/content/guides/${THIRD.code}`), { recursive: true });
	cpSync('src/content/exercises/en', join(root, `src/content/exercises/${THIRD.code}`), { recursive: true });
	const c = THIRD.code;
	edit(root, 'src/i18n/languages.ts', /\n\ttr: \{/, `\n\t${c}: { name: '${THIRD.name}', tag: '${THIRD.tag}', dir: 'ltr' },\n\ttr: {`);
	edit(root, 'src/i18n/index.ts', 'export const strings: Record<Lang, UiStrings> = { en, tr };', `export const strings: Record<Lang, UiStrings> = { en, tr, ${c} };`);
	edit(root, 'src/i18n/index.ts', "import { tr } from './strings/tr.ts';", `import { tr } from './strings/tr.ts';\nimport { ${c} } from './strings/${c}.ts';`);
	edit(root, 'src/i18n/printouts/index.ts', "\ttr: () => import('./tr.ts').then((module) => module.tr),", `\ttr: () => import('./tr.ts').then((module) => module.tr),\n\t${c}: () => import('./${c}.ts').then((module) => module.${c}),`);
}

/** The copy's clinic.yaml: the example clinic's, with the shared build's settings changed in place. */
function writeSettings(root: string) {
	const file = join(root, 'clinic.yaml');
	const doc = parseDocument(readFileSync(file, 'utf8'));
	const set = (path: string[], value: unknown) => {
		if (!doc.hasIn(path)) throw new Error(`clinic.yaml no longer has ${path.join('.')}: update the shared build's settings (tests/build/support/shared-site.ts).`);
		doc.setIn(path, doc.createNode(value));
	};
	set(['languages', 'enabled'], ['en', 'tr', THIRD.code]);
	// The new language's place in clinic.yaml: each text given per language gets its words too
	// (the English ones), as a clinic adding a language would; the build warns of any it lacks.
	visit(doc, {
		Map: (_key, map) => {
			if (map.has('en') && map.has('tr') && !map.has(THIRD.code)) map.set(THIRD.code, doc.createNode(map.get('en')));
		},
	});
	set(['exercises', 'areas'], ['knee']);
	set(['exercises', 'own'], [WALL_SIT]);
	set(['medication', 'holdDaysBefore'], CHANGED.holdDaysBefore);
	set(['treatment', 'courseMaxMonths'], CHANGED.courseMaxMonths);
	set(['clinic', 'reviewer', 'name'], CHANGED.reviewer);
	set(['branding', 'primaryColour'], CHANGED.primaryColour);
	writeFileSync(file, doc.toString());
}

/** The file the shared build's outcome is written to, once it ends. */
const resultFile = (dir: string) => join(dir, 'result.json');

/**
 * Copies the project into `dir`, makes the changes above and starts the build; its outcome goes
 * to result.json when it ends, whether it passed or not. `stop` ends a build no file waited for.
 */
export function startSharedSite(dir: string): { done: Promise<void>; stop: () => void } {
	const root = projectCopy('site-', dir);
	addThirdLanguage(root);
	writeSettings(root);
	edit(root, 'src/content/guides/en/costs.mdx', /^(title: .*)$/m, `$1 ${CHANGED.costsTitle}`);
	const out = join(root, 'dist');
	const readLog = join(root, 'reads.log');
	let child: ChildProcess | undefined;
	const done = run(
		process.execPath,
		[resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
		{
			cwd: root,
			env: {
				...process.env,
				BASE_PATH: SHARED_BASE,
				SITE_URL: SHARED_SITE_URL,
				CLINIC_SETTINGS: '',
				NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(resolve('tests/build/support/count-reads.mjs')).href}`,
				COUNT_READS_OF: join(root, 'clinic.yaml'),
				COUNT_READS_LOG: readLog,
			},
		},
		(started) => (child = started),
	).then((ran) => {
		// Written whole, then renamed: a file waiting for it never reads half of it.
		writeFileSync(`${resultFile(dir)}.part`, JSON.stringify({ root, out, readLog, ...ran } satisfies SharedSite));
		renameSync(`${resultFile(dir)}.part`, resultFile(dir));
	});
	return { done, stop: () => child?.kill() };
}

/**
 * The shared site, once its build (started by the global setup) has ended. Call it in a
 * `beforeAll`: a build takes a while on a loaded machine.
 */
export async function sharedSite(): Promise<SharedSite> {
	const file = resultFile(inject('sharedSiteDir'));
	while (!existsSync(file)) await new Promise((wait) => setTimeout(wait, 200));
	return JSON.parse(readFileSync(file, 'utf8')) as SharedSite;
}

/** A page of a built site, by its path without the base (`guides/costs`, `tr/exercises`, '' for the home page). */
export const pageOf = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

/** The slugs of the default language's guides (the project's own, not the copy's). */
export const guideSlugs = () =>
	readdirSync('src/content/guides/en')
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => file.replace(/\.mdx$/, ''));
