/**
 * Scale benchmark: builds the site with many generated guides (1,000 by default) and prints the
 * build time, the peak memory and the search index size; exits non-zero over the time budget.
 * The build runs in this process (Astro's build API), so peak memory is this process's.
 *
 * Usage: node scripts/scale.ts [--guides 1000] [--budget-seconds 15]
 */
import { build } from 'astro';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { option } from './cli.ts';

const topics = ['what-it-is', 'who-it-is-for', 'before-treatment', 'preparation', 'treatment-day', 'side-effects', 'aftercare', 'results', 'costs', 'questions'];
const words = 'knee shoulder hip back tendon ligament session exercise bruising swelling stiffness relief clinic doctor injection week rest walk ice paracetamol'.split(' ');

/**
 * A generated guide: valid front matter and about 300 words in short sentences and sections.
 *
 * @example
 * generatedGuide(7).split('\n')[1] // => 'title: Guide number 7'
 */
export function generatedGuide(n: number): string {
	const sentence = (i: number) =>
		`Your ${words[(n + i) % words.length]} may feel ${['better', 'sore', 'stiff', 'warm'][i % 4]} after the ${words[(n * 3 + i) % words.length]} session.`;
	const sections = Array.from({ length: 5 }, (_, s) => `## Part ${s + 1} of guide ${n}\n\n${Array.from({ length: 6 }, (_, i) => sentence(s * 6 + i)).join(' ')}\n`);
	return [
		'---',
		`title: Guide number ${n}`,
		`description: A generated guide for the scale benchmark, number ${n} of many.`,
		`topic: ${topics[n % topics.length]}`,
		`order: ${n + 1}`,
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
		...sections,
	].join('\n');
}

function sizeOf(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}


if (import.meta.main) {
	const count = Number(option('guides') ?? 1000);
	const budget = Number(option('budget-seconds') ?? 15);
	const work = mkdtempSync(join(tmpdir(), 'scale-'));
	mkdirSync(join(work, 'guides', 'en'), { recursive: true });
	for (let n = 0; n < count; n += 1) writeFileSync(join(work, 'guides', 'en', `guide-${n}.mdx`), generatedGuide(n));
	const example = parse(readFileSync('clinic.yaml', 'utf8')) as Record<string, object>;
	writeFileSync(join(work, 'clinic.yaml'), stringify({ ...example, languages: { default: 'en', enabled: ['en'] } }));
	process.env['GUIDES_DIR'] = join(work, 'guides');
	process.env['CLINIC_SETTINGS'] = join(work, 'clinic.yaml');
	const outDir = join(work, 'dist');
	const started = performance.now();
	await build({ root: process.cwd(), outDir, logLevel: 'warn' });
	const seconds = (performance.now() - started) / 1000;
	const peakMb = process.resourceUsage().maxRSS / 1024;
	const indexMb = sizeOf(join(outDir, 'pagefind')) / 1024 / 1024;
	console.log(`\nScale benchmark: ${count} guides on ${(await import('node:os')).cpus().length} cores`);
	console.log(`  build time, search index included: ${seconds.toFixed(1)} s (budget ${budget} s)`);
	console.log(`  peak memory: ${peakMb.toFixed(0)} MB`);
	console.log(`  search index: ${indexMb.toFixed(1)} MB in ${readdirSync(join(outDir, 'pagefind'), { recursive: true }).length} files`);
	if (seconds > budget) {
		console.error(`The build took ${seconds.toFixed(1)} s, over its ${budget} s budget.`);
		process.exit(1);
	}
}
