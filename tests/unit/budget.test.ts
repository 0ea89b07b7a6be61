import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { budgetOf, gzipSize, overBudget, partOf, total, weigh } from '../../scripts/budget/budgets.ts';
import { inParallel } from '../../scripts/budget/measure-page.ts';
import { kindOf } from '../../scripts/budget/site-pages.ts';
import { buildRoutes } from '../../src/lib/routes.ts';

test('each response counts towards the part of the page the browser loaded it as', () => {
	expect(['document', 'stylesheet', 'script', 'fetch', 'image', 'other'].map(partOf)).toEqual(['html', 'css', 'js', 'other', 'other', 'other']);
	const weight = weigh([
		{ part: 'html', bytes: 100 },
		{ part: 'js', bytes: 30 },
		{ part: 'js', bytes: 20 },
		{ part: 'other', bytes: 5 },
	]);
	expect(weight).toEqual({ html: 100, css: 0, js: 50, other: 5 });
	expect(total(weight)).toBe(155);
});

test('text counts gzipped; what is compressed already counts as it is', () => {
	const text = 'body{color:red}'.repeat(100);
	expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
	const compressed = gzipSync(Buffer.from(text), { level: 9 });
	expect(gzipSize(compressed)).toBe(compressed.length);
});

test('a page type comes from the route table, and a sitemap page it does not know is an error', () => {
	const routes = buildRoutes({ defaultLang: 'tr', enabled: ['tr', 'en'], guides: [{ lang: 'en', slug: 'search' }] });
	expect(kindOf('', routes)).toBe('home');
	expect(kindOf('en/search/', routes)).toBe('search');
	expect(kindOf('en/guides/search/', routes)).toBe('guide');
	expect(kindOf('plan-your-sessions/', routes)).toBe('planner');
	expect(() => kindOf('en/old-page/', routes)).toThrow(/en\/old-page\/.*route table/);
});

test('budgets: per part for most pages, and 25 kB in all for the search page before a search', () => {
	const KB = 1024;
	const light = { html: 3 * KB, css: 5 * KB, js: 1 * KB, other: 0 };
	expect(overBudget('guides/costs/', light, budgetOf('guide'))).toEqual([]);
	expect(overBudget('guides/costs/', { ...light, js: 2.5 * KB }, budgetOf('guide'))).toEqual(['guides/costs/ JS is 2.5 kB, over its 2.0 kB budget']);
	expect(overBudget('plan-your-sessions/', { ...light, js: 19 * KB }, budgetOf('planner'))).toEqual([]);
	expect(overBudget('search/', { html: 5 * KB, css: 5 * KB, js: 4 * KB, other: 10 * KB }, budgetOf('search'))).toEqual([]);
	expect(overBudget('search/', { html: 5 * KB, css: 5 * KB, js: 4 * KB, other: 12 * KB }, budgetOf('search'))).toEqual([
		'search/ transfers 26.0 kB in all, over its 25.0 kB budget',
	]);
});

test('pages are shared out to the tabs as each comes free, one page at a time a tab, the rows in page order', async () => {
	const busy = new Set<string>();
	const rows = await inParallel([30, 0, 0, 0, 10], ['a', 'b'], async (wait, tab) => {
		expect(busy.has(tab)).toBe(false);
		busy.add(tab);
		await new Promise((done) => setTimeout(done, wait));
		busy.delete(tab);
		return `${tab}${wait}`;
	});
	expect(rows).toEqual(['a30', 'b0', 'b0', 'b0', 'b10']);
	expect(await inParallel([1, 2, 3], ['a', 'b'], async (n, lane) => `${lane}${n}`)).toEqual(['a1', 'b2', 'a3']);
});
