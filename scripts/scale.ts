/**
 * Scale benchmark (issue 26): the real site (its guides, exercise sheets and settings, so every
 * link resolves) plus generated guides, so that the default language has 1,000 guides, built
 * side by side with a default Starlight site of as many pages of the same text. The builds
 * alternate (ours, Starlight's, ours, Starlight's…), each a child process timed with its peak
 * memory (GNU time's maximum resident set size), and the script prints each run and the ratios
 * of the medians; it fails when ours is not faster and lighter (ratio over 1.0). Each run also
 * says where its time went, in Astro's own phases (content layer, bundle, islands, pages).
 *
 * Starlight comes from the npm registry into a folder outside the repository
 * (`$TMPDIR/prolotherapy-scale-starlight`, kept between runs), with its major versions named:
 * npm on Node 20 would pick old ones otherwise.
 *
 * Usage:
 *   node scripts/scale.ts [--guides 1000] [--runs 2]   the comparison (`npm run scale`)
 *   node scripts/scale.ts --guides 100 --alone         our site only, once (`npm test` runs this)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { option } from './cli.ts';
import { ensureProgram } from './debian-package.ts';
import { claimFolder } from './folder-lock.ts';

/** The version of package `name` installed in the project at `root`, if any. */
function installedVersion(name: string, root = '.'): string | undefined {
	const file = join(root, 'node_modules', name, 'package.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/**
 * Starlight's versions, named (npm on Node 20 would pick old majors), on the same Astro and Vite
 * as ours: with a newer Vite, and so a newer bundler, Starlight once measured about 100 MB lighter
 * than the same bundler made ours.
 */
const STARLIGHT = ['@astrojs/starlight@^0.42.4', `astro@${installedVersion('astro')}`, `vite@${installedVersion('vite')}`];

const topics = ['what-it-is', 'who-it-is-for', 'before-treatment', 'preparation', 'treatment-day', 'side-effects', 'aftercare', 'results', 'costs', 'questions'];
const words = 'knee shoulder hip back tendon ligament session exercise bruising swelling stiffness relief clinic doctor injection week rest walk ice paracetamol'.split(' ');

/** The body of generated guide `n`: about 300 words in short sentences and five sections. */
function guideBody(n: number): string[] {
	const sentence = (i: number) =>
		`Your ${words[(n + i) % words.length]} may feel ${['better', 'sore', 'stiff', 'warm'][i % 4]} after the ${words[(n * 3 + i) % words.length]} session.`;
	return Array.from({ length: 5 }, (_, s) => `## Part ${s + 1} of guide ${n}\n\n${Array.from({ length: 6 }, (_, i) => sentence(s * 6 + i)).join(' ')}\n`);
}

/**
 * A generated guide: valid front matter and about 300 words in short sentences and sections.
 *
 * @example
 * generatedGuide(7).split('\n')[1] // => 'title: Guide number 7'
 */
export function generatedGuide(n: number): string {
	return [
		'---',
		`title: Guide number ${n}`,
		`description: A generated guide for the scale benchmark, number ${n} of many.`,
		`topic: ${topics[n % topics.length]}`,
		// After the real guides' places in the journey (1 to 10).
		`order: ${n + 101}`,
		'lastReviewed: 2026-11-20',
		'nextReview: 2027-11-20',
		'sources:',
		'  - title: Benchmark source',
		'    publisher: The clinic',
		'    year: 2026',
		'---',
		'',
		`Bruising can last up to <Value name="bruisingDays" />.`,
		'',
		...guideBody(n),
	].join('\n');
}

/**
 * The same page for Starlight: its front matter, the same words (the clinic's value written out).
 *
 * @example
 * starlightPage(7).split('\n')[1] // => 'title: Guide number 7'
 */
export function starlightPage(n: number): string {
	return ['---', `title: Guide number ${n}`, `description: A generated guide for the scale benchmark, number ${n} of many.`, '---', '', 'Bruising can last up to 7 days.', '', ...guideBody(n)].join('\n');
}

/**
 * A copy of the real site's content with generated guides added, so the default language has
 * `count` guides in all; returns the environment that builds it (GUIDES_DIR, CLINIC_SETTINGS).
 */
export function scaleSite(count: number, work = mkdtempSync(join(tmpdir(), 'scale-'))): Record<string, string> {
	const guides = join(work, 'guides');
	cpSync('src/content/guides', guides, { recursive: true });
	const settings = process.env['CLINIC_SETTINGS'] || 'clinic.yaml';
	const defaultLang = (parse(readFileSync(settings, 'utf8')) as { languages: { default: string } }).languages.default;
	mkdirSync(join(guides, defaultLang), { recursive: true });
	const real = readdirSync(join(guides, defaultLang)).length;
	for (let n = 0; n < count - real; n += 1) writeFileSync(join(guides, defaultLang, `guide-${n}.mdx`), generatedGuide(n));
	return { GUIDES_DIR: guides, CLINIC_SETTINGS: resolve(settings) };
}

function sizeOf(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

interface Run {
	seconds: number;
	peakMb: number;
	pages: number;
	/** Astro's own phase times (see {@link phaseSummary}). */
	phases: string;
}

/** Astro's phases as its timer names them (`ASTRO_TIMER_PATH`), and the words the benchmark prints. */
const PHASES = { 'Sync content layer': 'content', 'Prerender build': 'bundle', 'Client build': 'islands', 'Static generate': 'pages' } as const;

/**
 * Where a build's time went, from the file Astro writes when `ASTRO_TIMER_PATH` names one: the
 * content layer, the server bundle (every guide is a module), the islands, the pages (and what
 * the integrations do after them is the rest of the total).
 *
 * @example
 * phaseSummary({ 'Prerender build': { elapsedTime: 11240 }, 'Static generate': { elapsedTime: 11642 } })
 * // => 'bundle 11.2 s, pages 11.6 s'
 */
export function phaseSummary(stats: Record<string, { elapsedTime: number }>): string {
	return Object.entries(PHASES)
		.filter(([name]) => stats[name] !== undefined)
		.map(([name, word]) => `${word} ${((stats[name]?.elapsedTime ?? 0) / 1000).toFixed(1)} s`)
		.join(', ');
}

const timeProgram = () =>
	ensureProgram({ what: 'GNU time, to measure each build’s peak memory', find: () => (existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined), debianPackage: 'time', howToInstall: 'Install GNU time (the Debian package "time").' });

/** One `astro build` of the project at `root` into `outDir`, as a child process, with its time and peak memory. */
function measuredBuild(time: string, root: string, outDir: string, env: Record<string, string>): Run {
	rmSync(outDir, { recursive: true, force: true });
	const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const timer = `${outDir}-phases.json`;
	rmSync(timer, { force: true });
	const result = spawnSync(time, ['-f', '%e %M', process.execPath, astro, 'build', '--outDir', outDir], { cwd: root, env: { ...process.env, ...env, ASTRO_TIMER_PATH: timer }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const last = result.stderr.trim().split('\n').at(-1) ?? '';
	if (result.status !== 0) {
		process.stderr.write(`${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}\nThe scale benchmark's build in ${root} failed: its messages are above.\n`);
		process.exit(1);
	}
	const [seconds = 0, kb = 0] = last.split(' ').map(Number);
	const pages = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
	const phases = existsSync(timer) ? phaseSummary(JSON.parse(readFileSync(timer, 'utf8')) as Record<string, { elapsedTime: number }>) : '';
	return { seconds, peakMb: kb / 1024, pages, phases };
}

/** A default Starlight site of `count` pages of the same text, installed once outside the repository. */
function starlightSite(count: number): string {
	const root = join(tmpdir(), 'prolotherapy-scale-starlight');
	// Two runs writing the same pages break each other's builds: one at a time.
	const claim = claimFolder(root);
	if (!claim.ok) {
		console.error(`Another run of the scale benchmark (process ${claim.holder}) is using ${root}. Wait for it to finish, or give this run a folder of its own with TMPDIR=/some/other/folder.`);
		process.exit(1);
	}
	process.on('exit', claim.release);
	mkdirSync(root, { recursive: true });
	const level = ['astro', 'vite'].every((name) => installedVersion(name, root) === installedVersion(name));
	if (!installedVersion('@astrojs/starlight', root) || !level) {
		writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'starlight-scale', private: true, type: 'module' }));
		console.log(`Installing ${STARLIGHT.join(' and ')} into ${root}…`);
		const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...STARLIGHT], { cwd: root, stdio: 'inherit' });
		if (installed.status !== 0) throw new Error('Installing Starlight from the npm registry failed.');
	}
	writeFileSync(
		join(root, 'astro.config.mjs'),
		"import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Benchmark' })] });\n",
	);
	mkdirSync(join(root, 'src'), { recursive: true });
	writeFileSync(
		join(root, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	const docs = join(root, 'src', 'content', 'docs');
	rmSync(docs, { recursive: true, force: true });
	mkdirSync(docs, { recursive: true });
	for (let n = 0; n < count; n += 1) writeFileSync(join(docs, `guide-${n}.md`), starlightPage(n));
	return root;
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

if (import.meta.main) {
	const count = Number(option('guides') ?? 1000);
	const runs = Number(option('runs') ?? 2);
	const alone = process.argv.includes('--alone');
	const work = mkdtempSync(join(tmpdir(), 'scale-'));
	const env = scaleSite(count, work);
	const time = timeProgram();
	const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
	console.log(`Scale benchmark: ${count} guides in the default language, on ${cpus().length} cores, load average ${load()}`);
	if (alone) {
		const ours = measuredBuild(time, process.cwd(), join(work, 'dist'), env);
		const indexMb = sizeOf(join(work, 'dist', 'pagefind')) / 1024 / 1024;
		console.log(`  our site: ${ours.pages} pages in ${ours.seconds.toFixed(1)} s (${ours.phases}), peak memory ${ours.peakMb.toFixed(0)} MB, search index ${indexMb.toFixed(1)} MB`);
	} else {
		const starlight = starlightSite(count);
		const ours: Run[] = [];
		const theirs: Run[] = [];
		for (let i = 0; i < runs; i += 1) {
			ours.push(measuredBuild(time, process.cwd(), join(work, 'dist'), env));
			console.log(`  run ${i + 1}, our site:  ${ours.at(-1)?.pages} pages in ${ours.at(-1)?.seconds.toFixed(1)} s (${ours.at(-1)?.phases}), peak ${ours.at(-1)?.peakMb.toFixed(0)} MB (load ${load()})`);
			theirs.push(measuredBuild(time, starlight, join(starlight, 'dist'), {}));
			console.log(`  run ${i + 1}, Starlight: ${theirs.at(-1)?.pages} pages in ${theirs.at(-1)?.seconds.toFixed(1)} s (${theirs.at(-1)?.phases}), peak ${theirs.at(-1)?.peakMb.toFixed(0)} MB (load ${load()})`);
		}
		const timeRatio = median(ours.map((r) => r.seconds)) / median(theirs.map((r) => r.seconds));
		const memoryRatio = median(ours.map((r) => r.peakMb)) / median(theirs.map((r) => r.peakMb));
		console.log(`\nOurs against Starlight (medians of ${runs} alternating runs): time ${timeRatio.toFixed(2)}×, peak memory ${memoryRatio.toFixed(2)}×`);
		if (timeRatio > 1 || memoryRatio > 1) {
			console.error(`Our build must take no more time and memory than Starlight's: ${timeRatio > 1 ? `time is ${timeRatio.toFixed(2)}×` : ''}${timeRatio > 1 && memoryRatio > 1 ? ', ' : ''}${memoryRatio > 1 ? `memory is ${memoryRatio.toFixed(2)}×` : ''}.`);
			process.exitCode = 1;
		}
	}
	rmSync(work, { recursive: true, force: true });
}
