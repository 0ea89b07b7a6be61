/**
 * Page-weight budgets, measured in Chromium: what a first visit to each page actually transfers.
 * Every page of the sitemap, and the 404 page, is opened with an empty cache at 375×812, scrolled
 * past each island (so those that wait to be seen load too) and to its end, and left until every
 * island has started and the network is idle. Every
 * response counts, dynamic imports and fetched files included, gzipped at level 9 as a CDN's
 * best (files that are compressed already, like Pagefind's, count as they are). The service
 * worker is blocked: its offline copy downloads after the page, in the background.
 *
 * The search page is measured again after one search (Pagefind's code, WebAssembly, index and
 * result fragments), printed beside Starlight's guide page with its search as a reference.
 * Each page's type comes from the route table (src/lib/routes.ts). Prints a table and exits
 * non-zero when a page is over its type's budget.
 *
 * Usage: CHROME_PATH=/usr/bin/chromium node scripts/budget.ts [--dir dist-test] [--base /clinic-site/] [--only plan-your-sessions/]
 * (`--only` measures the pages whose path contains that text, for a quick look while working.)
 */
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { splitGuideId } from '../src/lib/site/content/guides.ts';
import { buildRoutes, isListed, pageKinds, type BudgetClass, type PageKind, type Route } from '../src/lib/routes.ts';
import { exerciseRoutes } from '../src/lib/site/exercise/routes.ts';
import { publishedSheets } from '../src/lib/site/exercise/published.ts';
import { splitSheetId } from '../src/lib/site/exercise/sheets.ts';
import { loadSettings } from '../src/lib/site/settings/load.ts';
import { option } from './cli.ts';
import { startServer } from './serve.ts';

export type Part = 'html' | 'css' | 'js' | 'other';
export type Weight = Record<Part, number>;
/** A budget per part, or for everything a page transfers (`total`), in bytes gzipped. */
export type Budget = Partial<Record<Part | 'total', number>>;

const KB = 1024;
/**
 * The budget of each page class; src/lib/routes.ts says which class each kind of page is in.
 * Content and search budgets are issue 7's and issue 14's. Calculator pages: 12 kB of HTML, 23 kB
 * of JavaScript and 40 kB in all on a first visit, measured in the browser, dynamic loads and
 * Turkish pages included (the limits as they stood before issue 26, with a total added). Issue 26
 * aims at 10, 20 and 35 kB and is still open: the planner's first load is 22.7 kB of JavaScript.
 * The medicine picker, its words, the clinic's medicines and the medication answer load only when
 * a patient reaches for the picker (src/components/medication/lazy-picker.tsx), and the planner's
 * answer at the first touch of its form; work added to a calculator that pushes a page over
 * belongs behind the same boundary.
 */
export const BUDGETS: Record<BudgetClass, Budget> = {
	content: { html: 10 * KB, css: 10 * KB, js: 2 * KB },
	calculator: { html: 12 * KB, css: 10 * KB, js: 23 * KB, total: 40 * KB },
	search: { total: 25 * KB },
};

/**
 * What making a printout (issue 23) may add to its page, on top of the page's own budget: the
 * letter's or slip's code, its words, the QR library and the printout's styles, all loaded only
 * when the button is pressed. Measured on the medication page (the letter) and the staff page
 * (the slip), in every language.
 */
export const PRINTOUT_BUDGET: Budget = { js: 8 * KB, css: 2 * KB, html: 0 };

/** The budget of a kind of page, through its class in the route table. */
export const budgetOf = (kind: PageKind): Budget => BUDGETS[pageKinds[kind].budget];

/** Starlight's guide page with its search, after one search (issue 14), for comparison. */
export const STARLIGHT_SEARCH_BYTES = 49.4 * KB;

/**
 * The part of a page a response belongs to, by the kind of request the browser made.
 *
 * @example
 * partOf('document') // => 'html'
 * partOf('fetch') // => 'other'
 */
export function partOf(resourceType: string): Part {
	if (resourceType === 'document') return 'html';
	if (resourceType === 'stylesheet') return 'css';
	if (resourceType === 'script') return 'js';
	return 'other';
}

/** The bytes a response costs gzipped: level 9, or as it is when it is compressed already. */
export function gzipSize(bytes: Buffer | string): number {
	const raw = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
	return Math.min(raw, gzipSync(bytes, { level: 9 }).length);
}

/** Adds up responses by part. */
export function weigh(responses: readonly { part: Part; bytes: number }[]): Weight {
	const weight: Weight = { html: 0, css: 0, js: 0, other: 0 };
	for (const { part, bytes } of responses) weight[part] += bytes;
	return weight;
}

export const total = (w: Weight) => w.html + w.css + w.js + w.other;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/**
 * What is over budget, in plain sentences.
 *
 * @example
 * overBudget('search/', { html: 3072, css: 5120, js: 2048, other: 20480 }, { total: 25600 })
 * // => ['search/ transfers 30.0 kB in all, over its 25.0 kB budget']
 */
export function overBudget(page: string, weight: Weight, budget: Budget): string[] {
	const problems: string[] = [];
	for (const part of ['html', 'css', 'js', 'other'] as const) {
		const limit = budget[part];
		if (limit !== undefined && weight[part] > limit) problems.push(`${page} ${part.toUpperCase()} is ${kb(weight[part])}, over its ${kb(limit)} budget`);
	}
	if (budget.total !== undefined && total(weight) > budget.total) problems.push(`${page} transfers ${kb(total(weight))} in all, over its ${kb(budget.total)} budget`);
	return problems;
}

/**
 * The kind of each page in the sitemap, from the route table, by its path below the base. A
 * sitemap page the route table does not know is an error.
 *
 * @example
 * kindOf('tr/guides/costs/', [{ path: 'tr/guides/costs/', lang: 'tr', kind: 'guide', alternates: {} }]) // => 'guide'
 */
export function kindOf(path: string, routes: readonly Route[]): PageKind {
	const route = routes.find((r) => r.path === path);
	if (!route) throw new Error(`The sitemap lists "${path}", which the route table (src/lib/routes.ts) does not build.`);
	return route.kind;
}

/** The guides in the content folder, as the route table takes them. */
function guideFiles(folder: string) {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) => {
			const split = splitGuideId(file.replace(/\\/g, '/').replace(/\.mdx$/, ''));
			return split.ok ? [{ lang: split.lang, slug: split.slug }] : [];
		});
}

interface Measured {
	path: string;
	kind: PageKind;
	weight: Weight;
	/** For the search page: after one search, and the word searched. */
	afterSearch?: { weight: Weight; word: string };
	/** For the medication and staff pages: what making a printout added. */
	printout?: Weight;
}

/** A treatment date a month from now, as the calculators take it. */
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * Makes the page's printout (the prescriber's letter, or the staff page's slip), with print() held
 * back. `start` is called just before the patient asks for it: on the medication page, once the
 * answer with its letter button is showing (the picker and the answer, which a shared link loads
 * first, are the page's costs, not the letter's).
 */
async function makePrintout(page: Page, kind: 'medication' | 'clinicLetter', start: () => void) {
	await page.evaluate(() => (window.print = () => undefined));
	if (kind === 'medication') {
		await page.evaluate((date) => (location.hash = `#t=${date}&m=rivaroxaban`), inAMonth());
		const button = page.locator('button[data-letter]').first();
		await button.waitFor({ timeout: 20_000 });
		await page.waitForLoadState('networkidle');
		start();
		await button.click();
	} else {
		start();
		const [year, month, day] = inAMonth().split('-');
		await page.locator('#slip-date').fill(String(Number(day)));
		await page.locator('#slip-date-month').fill(String(Number(month)));
		await page.locator('#slip-date-year').fill(year ?? '');
		await page.locator('.calculator form button[type=submit]').click();
	}
	await page.locator('#printout-title').waitFor({ timeout: 20_000 });
	await page.waitForLoadState('networkidle');
}

async function measure(browser: Browser, url: string, path: string, kind: PageKind): Promise<Measured> {
	const context = await browser.newContext({ viewport: { width: 375, height: 812 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const responses: Promise<{ part: Part; bytes: number }>[] = [];
	const record = (request: Request) =>
		responses.push(
			(async () => {
				const body = await (await request.response())?.body().catch(() => undefined);
				return { part: partOf(request.resourceType()), bytes: body ? gzipSize(body) : 0 };
			})(),
		);
	context.on('requestfinished', record);
	await page.goto(url, { waitUntil: 'load' });
	// A patient scrolls: bring each island into view in turn, wait until all have started.
	for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 });
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.waitForLoadState('networkidle');
	const measured: Measured = { path, kind, weight: weigh(await Promise.all(responses)) };
	if (kind === 'search') {
		// One search for the first example word the page's hint gives ("like “bruising”").
		const hint = (await page.locator('#search-hint').textContent()) ?? '';
		const word = /“([^”]+)”/.exec(hint)?.[1] ?? hint.split(/\s+/)[0] ?? 'a';
		await page.locator('#search-input').fill(word);
		await page.locator('#search-input').press('Enter');
		await page.locator('.search-result, .site-search__none:not([hidden])').first().waitFor({ timeout: 20_000 });
		await page.waitForLoadState('networkidle');
		measured.afterSearch = { weight: weigh(await Promise.all(responses)), word };
	}
	if (kind === 'medication' || kind === 'clinicLetter') {
		let before = responses.length;
		await makePrintout(page, kind, () => (before = responses.length));
		measured.printout = weigh(await Promise.all(responses.slice(before)));
	}
	await context.close();
	return measured;
}

/** Runs `work` over `items`, `width` at a time, keeping their order. */
async function inParallel<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: width }, async () => {
			while (next < items.length) {
				const i = next++;
				out[i] = await work(items[i] as T);
			}
		}),
	);
	return out;
}

if (import.meta.main) {
	const dir = option('dir') ?? 'dist';
	const base = option('base') ?? '/';
	const executablePath = process.env['CHROME_PATH'];
	if (!executablePath) throw new Error('CHROME_PATH is not set: run the budgets through `npm test`, which finds a Chromium.');
	const settings = loadSettings(process.env, process.cwd());
	const routes = buildRoutes({
		defaultLang: settings.languages.default,
		enabled: settings.languages.enabled,
		guides: guideFiles(process.env['GUIDES_DIR'] || 'src/content/guides'),
	});
	// Exercise pages (issue 17): the general guide and each sheet the clinic publishes.
	const published = new Set<string>(['overview', ...publishedSheets(settings.exercises).map((s) => s.area)]);
	const sheets = readdirSync('src/content/exercises', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) => {
			const split = splitSheetId(file.replace(/\\/g, '/').replace(/\.mdx$/, ''));
			return split.ok && published.has(split.sheet) ? [{ lang: split.lang, sheet: split.sheet }] : [];
		});
	routes.push(...exerciseRoutes({ defaultLang: settings.languages.default, enabled: settings.languages.enabled, sheets }));
	const site = await startServer({ dir, base, port: 0 });
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	try {
		const sitemap = await (await fetch(new URL('sitemap.xml', site.url))).text();
		const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
			const path = new URL(m[1] ?? '').pathname.slice(base.length);
			return { url: new URL(path, site.url).href, path, kind: kindOf(path, routes) };
		});
		pages.push({ url: new URL('budget-missing-page/', site.url).href, path: '(404)', kind: 'notFound' });
		// Staff pages are not in the sitemap: measured by name.
		for (const route of routes.filter((r) => !isListed(r.kind))) pages.push({ url: new URL(route.path, site.url).href, path: route.path, kind: route.kind });
		const only = option('only');
		const measured = only === undefined ? pages : pages.filter((p) => p.path.includes(only));
		const rows = await inParallel(measured, 4, ({ url, path, kind }) => measure(browser, url, path, kind));

		const failures = rows.flatMap((row) => [
			...overBudget(row.path || '(home)', row.weight, budgetOf(row.kind)),
			...(row.printout ? overBudget(`${row.path} (making its printout)`, row.printout, PRINTOUT_BUDGET) : []),
		]);
		const budgetText = (b: Budget) =>
			[...(['html', 'css', 'js'] as const).flatMap((p) => (b[p] === undefined ? [] : [`${p} ${kb(b[p])}`])), ...(b.total === undefined ? [] : [`${kb(b.total)} in all`])].join(', ');
		console.log('\nWhat a first visit transfers, gzipped, measured in Chromium:\n');
		console.log(`${'page'.padEnd(34)}${'type'.padEnd(12)}${['HTML', 'CSS', 'JS', 'other', 'total'].map((h) => h.padStart(10)).join('')}  budget`);
		for (const row of rows) {
			const over = overBudget(row.path, row.weight, budgetOf(row.kind)).length > 0 ? '  OVER' : '';
			const cells = [row.weight.html, row.weight.css, row.weight.js, row.weight.other, total(row.weight)].map((b) => kb(b).padStart(10)).join('');
			console.log(`${(row.path || '(home)').padEnd(34)}${row.kind.padEnd(12)}${cells}  ${budgetText(budgetOf(row.kind))}${over}`);
		}
		console.log(`\nThe search page after one search (Starlight's guide page with its search: ${kb(STARLIGHT_SEARCH_BYTES)}):\n`);
		for (const row of rows.filter((r) => r.afterSearch)) {
			const after = row.afterSearch as { weight: Weight; word: string };
			console.log(`${row.path.padEnd(34)}"${after.word}": ${kb(total(after.weight))} in all (JS ${kb(after.weight.js)}, other ${kb(after.weight.other)}); before: ${kb(total(row.weight))}`);
		}
		console.log(`\nWhat making a printout adds (letter or slip, QR library included; budget ${['js', 'css'].map((p) => `${p} ${kb(PRINTOUT_BUDGET[p as Part] ?? 0)}`).join(', ')}):\n`);
		for (const row of rows.filter((r) => r.printout)) {
			const added = row.printout as Weight;
			console.log(`${row.path.padEnd(34)}JS ${kb(added.js)}, CSS ${kb(added.css)}, other ${kb(added.other)}`);
		}
		if (failures.length > 0) {
			console.error(`\n${failures.join('\n')}`);
			process.exitCode = 1;
		} else {
			console.log(`\nEvery one of the ${rows.length} pages is within its budget.`);
		}
	} finally {
		await browser.close();
		await site.close();
	}
}
