/**
 * Lighthouse (mobile settings, the system Chromium), one run on each page type of the route table
 * (src/lib/routes.ts) of a built site, in every language it has: prints the four scores per page and exits non-zero when accessibility, best
 * practices or SEO is under 100, or performance under 95 (this machine's timing noise plays into
 * performance only).
 *
 * Usage: node scripts/lighthouse.ts [--dir dist-test] [--base /clinic-site/] [--default-lang en]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.ts';
import { ensureChromium } from './chromium.ts';
import { option } from './cli.ts';
import { isListed, pageKinds, samplePaths, type PageKind } from '../src/lib/routes.ts';

export const FLOORS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
export type Category = keyof typeof FLOORS;

/**
 * The page types measured, as paths below a language's root: every kind of the route table but
 * the 404 page and the staff page (which asks search engines not to list it, so SEO cannot be 100).
 */
export const PAGE_TYPES: Record<string, string> = Object.fromEntries(
	Object.entries(samplePaths()).filter(([kind]) => pageKinds[kind as PageKind].languages === 'every' && isListed(kind as PageKind)),
);

/**
 * The categories under their floor, as plain sentences.
 *
 * @example
 * belowFloors('guide', { performance: 0.97, accessibility: 0.98, 'best-practices': 1, seo: 1 })
 * // => ['guide: accessibility is 98, under 100']
 */
export function belowFloors(page: string, scores: Record<Category, number | null>): string[] {
	return (Object.keys(FLOORS) as Category[]).flatMap((category) => {
		const score = Math.round((scores[category] ?? 0) * 100);
		return score < FLOORS[category] ? [`${page}: ${category} is ${score}, under ${FLOORS[category]}`] : [];
	});
}


if (import.meta.main) {
	const dir = option('dir') ?? 'dist';
	const base = option('base') ?? '/';
	const defaultLang = option('default-lang') ?? 'en';
	const languages = (option('languages') ?? 'en,tr').split(',');
	const site = await startServer({ dir, base, port: 0 });
	const chromePath = process.env['CHROME_PATH'] ?? ensureChromium();
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	const failures: string[] = [];
	const columns = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
	console.log(`\nLighthouse, mobile (floors: performance ${FLOORS.performance}, the others ${FLOORS.seo}):\n`);
	console.log(`${'page'.padEnd(16)}${columns.map((c) => c.padEnd(16)).join('')}`);
	try {
		for (const lang of languages) {
			for (const [type, path] of Object.entries(PAGE_TYPES)) {
				const url = `${site.url}${lang === defaultLang ? '' : `${lang}/`}${path}`;
				const name = `${lang} ${type}`;
				// One run per page: Lighthouse's simulated throttling gives the same trace the same
				// scores; the page-weight budgets, not this score, gate npm test.
				const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...columns] });
				if (result?.lhr.runtimeError) console.log(`    ${name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
				const categories = result?.lhr.categories ?? {};
				const scores = Object.fromEntries(columns.map((c) => [c, categories[c]?.score ?? null])) as Record<Category, number | null>;
				for (const c of columns) {
					if ((scores[c] ?? 0) >= 1) continue;
					const weak = Object.values(result?.lhr.audits ?? {}).filter(
						(a) => a.score !== null && a.score < 1 && (categories[c]?.auditRefs ?? []).some((r) => r.id === a.id && r.weight > 0),
					);
					for (const audit of weak) console.log(`    ${name} ${c}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
				}
				failures.push(...belowFloors(name, scores));
				console.log(`${name.padEnd(16)}${columns.map((c) => String(Math.round((scores[c] ?? 0) * 100)).padEnd(16)).join('')}`);
			}
		}
	} finally {
		chrome.kill();
		await site.close();
	}
	if (failures.length > 0) {
		console.error(`\n${failures.join('\n')}`);
		process.exit(1);
	}
	console.log('\nEvery page type meets its Lighthouse floors.');
}
