/**
 * Page-weight budgets, measured in Chromium: what a first visit to each page actually transfers.
 * Every page of the sitemap, and the 404 page, is opened with an empty cache and no storage
 * (four tabs side by side, each visiting page after page with its cache off: budget/measure-page.ts;
 * a page that got anything from a cache fails the run) at 375×812, scrolled
 * past each island (so those that wait to be seen load too) and to its end, and left until every
 * island has started and the network is idle. Every
 * response counts, dynamic imports and fetched files included, gzipped at level 9 as a CDN's
 * best (files that are compressed already, like Pagefind's, count as they are). The service
 * worker is blocked: its offline copy downloads after the page, in the background.
 *
 * The search page is measured again after one search (Pagefind's code, WebAssembly, index and
 * result fragments), and fails when that is more than Starlight's guide page with one search.
 * Each page's type comes from the route table (src/lib/routes.ts). Prints a table and exits
 * non-zero when a page is over its type's budget. The budgets are in budget/budgets.ts, the
 * pages measured in budget/site-pages.ts, one page's visit in budget/measure-page.ts.
 *
 * Usage: CHROME_PATH=/usr/bin/chromium node scripts/budget.ts [--dir dist-test] [--base /clinic-site/] [--only plan-your-sessions/]
 * (`--only` measures the pages whose path contains that text, for a quick look while working.)
 */
import { chromium } from 'playwright-core';
import { loadSettings } from '../src/lib/site/settings/load.ts';
import { AFTER_SEARCH_BUDGET, budgetOf, kb, overBudget, PRINTOUT_BUDGET, total, type Budget, type Part, type Weight } from './budget/budgets.ts';
import { inParallel, measure, openTab } from './budget/measure-page.ts';
import { sitePages, siteRoutesOnDisk } from './budget/site-pages.ts';
import { option } from './cli.ts';
import { startServer } from './serve.ts';

if (import.meta.main) {
	const dir = option('dir') ?? 'dist';
	const base = option('base') ?? '/';
	const executablePath = process.env['CHROME_PATH'];
	if (!executablePath) throw new Error('CHROME_PATH is not set: run the budgets through `npm test`, which finds a Chromium.');
	const settings = loadSettings(process.env, process.cwd());
	const routes = siteRoutesOnDisk(settings, process.env['GUIDES_DIR'] || 'src/content/guides');
	const site = await startServer({ dir, base, port: 0 });
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	try {
		const pages = await sitePages(site.url, base, routes);
		const only = option('only');
		const measured = only === undefined ? pages : pages.filter((p) => p.path.includes(only));
		const tabs = await Promise.all(Array.from({ length: Math.min(4, measured.length) }, () => openTab(browser)));
		const rows = await inParallel(measured, tabs, ({ url, path, kind }, tab) => measure(tab, url, path, kind));

		const failures = rows.flatMap((row) => [
			...(row.fromCache > 0 ? [`${row.path || '(home)'}: the browser answered ${row.fromCache} of its requests from its cache, so its weights are not a first visit's`] : []),
			...overBudget(row.path || '(home)', row.weight, budgetOf(row.kind)),
			...(row.printout ? overBudget(`${row.path} (making its printout)`, row.printout, PRINTOUT_BUDGET) : []),
			...(row.afterSearch ? overBudget(`${row.path} (after one search)`, row.afterSearch.weight, AFTER_SEARCH_BUDGET) : []),
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
		console.log(`\nThe search page after one search (budget: Starlight's guide page with one search, ${kb(AFTER_SEARCH_BUDGET.total ?? 0)}):\n`);
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
