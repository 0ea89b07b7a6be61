/**
 * The page-weight budgets and the arithmetic on weights: how much each class of page may
 * transfer on a first visit, the part of a page each response belongs to, and what is over.
 * Pure: scripts/budget.ts measures the pages in Chromium and asks these.
 */
import { gzipSync } from 'node:zlib';
import { pageKinds, type BudgetClass, type PageKind } from '../../src/lib/routes.ts';

export type Part = 'html' | 'css' | 'js' | 'other';
export type Weight = Record<Part, number>;
/** A budget per part, or for everything a page transfers (`total`), in bytes gzipped. */
export type Budget = Partial<Record<Part | 'total', number>>;

const KB = 1024;
/**
 * The budget of each page class; src/lib/routes.ts says which class each kind of page is in.
 * Content and search budgets are issue 7's and issue 14's. Calculator pages (issue 26): 10 kB of
 * HTML, 20 kB of JavaScript and 35 kB in all on a first visit, measured in the browser, dynamic
 * loads and Turkish pages included. What keeps them there: the medicine picker, its words, the
 * clinic's medicines and the medication answer (with its rules) load only when a patient reaches
 * for the picker (src/components/medication/lazy-picker.tsx), and the planner's answer (with the
 * rules that lay the plan out) at the first touch of its form; the calculator pages are a route
 * of their own, so their stylesheets hold none of the guides' styles. Work added to a calculator
 * that pushes a page over belongs behind the same boundaries.
 */
export const BUDGETS: Record<BudgetClass, Budget> = {
	content: { html: 10 * KB, css: 10 * KB, js: 2 * KB },
	calculator: { html: 10 * KB, css: 10 * KB, js: 20 * KB, total: 35 * KB },
	search: { total: 25 * KB },
	// The before-treatment pack (issue 27): three guides' text in one page, no script on a first visit.
	printout: { html: 12 * KB, css: 10 * KB, js: 2 * KB, total: 25 * KB },
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

/**
 * The search page after one search may transfer no more than Starlight's guide page does with one
 * search (issue 26: keep that lead). Starlight's, measured the way this script measures (Chromium,
 * empty cache, 375 px, every response gzipped): the default Starlight 0.42.4 site `npm run scale`
 * builds, a guide page (57.6 kB) and a search for "bruising" in its search dialog, 152.2 kB in
 * all, on 2 December 2026. The earlier reference, 49.4 kB (issue 14), counted what the page's
 * HTML names, not what a search loads.
 */
export const AFTER_SEARCH_BUDGET: Budget = { total: 152.2 * KB };

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
/** Bytes as kilobytes with one decimal, like "2.5 kB". */
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

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
