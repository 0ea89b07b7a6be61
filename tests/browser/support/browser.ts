import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { PAGE_WAIT } from '../../support/patience.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The Chromium npm test names in CHROME_PATH (Debian's headless shell: scripts/chromium.ts), started as
 * this machine allows (no sandbox as root, no GPU, no network chatter).
 */
export function launchBrowser(): Promise<Browser> {
	const executablePath = process.env['CHROME_PATH'];
	if (!executablePath) throw new Error('CHROME_PATH is not set: run the browser tests through `npm test`.');
	return chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
}

let shared: Promise<Browser> | undefined;

/**
 * The test worker's Chromium, for a test file: started by the first file the worker runs and
 * shared by the files after it (the browser project runs its files with `isolate: false`, so this
 * module outlives a file; a launch costs about a second). After the file's tests, the contexts it
 * opened are closed, so the next file starts with none. Playwright closes the browser when the
 * worker exits. Call it at the top of a test file: `const browser = await useBrowser();`.
 */
export async function useBrowser(): Promise<Browser> {
	shared ??= launchBrowser().then((browser) => {
		browser.on('disconnected', () => (shared = undefined));
		return browser;
	});
	const browser = await shared;
	const before = new Set(browser.contexts());
	afterAll(async () => {
		await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
	});
	return browser;
}

/**
 * A new context whose pages wait as long as a test may (tests/support/patience.ts) for a load,
 * a click or a locator, instead of Playwright's 30 s: on CI's loaded machine a page can take longer.
 */
export async function openContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	context.setDefaultTimeout(PAGE_WAIT);
	return context;
}

export interface WatchedPage {
	page: Page;
	/** Console errors, uncaught exceptions and Content-Security-Policy violations seen so far. */
	problems: string[];
}

/** A new page at the given width and colour scheme that records every console error and CSP violation. */
export async function openPage(
	browser: Browser,
	{ width = 1280, colorScheme = 'light', javaScript = true }: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {},
): Promise<WatchedPage> {
	const context = await openContext(browser, {
		viewport: { width, height: 800 },
		colorScheme,
		javaScriptEnabled: javaScript,
		serviceWorkers: 'block',
	});
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
		});
	});
	return { page, problems };
}

/** The tab `openTab` hands out again, one with JavaScript and one without; closed with the file's contexts. */
const tabs = new Map<boolean, WatchedPage>();

/**
 * Like `openPage`, but the same tab again for each test of a file that asks (a fresh context and
 * tab cost a new renderer, which compiles the site's scripts again: about half a second each on
 * this machine). The tab is emptied first (`about:blank`, so the next `goto` loads a new document
 * even when only the fragment differs), set to the view asked for, its problems cleared and print
 * emulation undone. The site keeps nothing in storage or cookies, so a test sees what a fresh tab
 * would. Only for tests that add no init script, route, clock.install or listener of their own:
 * those open a page of their own with `openPage`. Leave it open: `useBrowser` closes it after
 * the file.
 */
export async function openTab(browser: Browser, view: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<WatchedPage> {
	const { width = 1280, colorScheme = 'light', javaScript = true } = view;
	const reused = tabs.get(javaScript);
	if (!reused || reused.page.isClosed() || reused.page.context().browser() !== browser) {
		const watched = await openPage(browser, { width, colorScheme, javaScript });
		tabs.set(javaScript, watched);
		return watched;
	}
	await reused.page.goto('about:blank');
	await reused.page.setViewportSize({ width, height: 800 });
	await reused.page.emulateMedia({ media: null, colorScheme });
	reused.problems.length = 0;
	return reused;
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * Runs axe over the page (or the part `within` selects) with the WCAG 2.2 A/AA and best-practice
 * rules; returns the violations.
 */
export async function runAxe(page: Page, within?: string): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (selector) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document | string, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(selector ?? document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			// Only the violations are read: axe then builds selectors for at most one node of the
			// passes and the rest, which saves most of its time after the rules have run.
			resultTypes: ['violations'],
		});
		return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
	}, within);
}

/** A readable one-line-per-problem summary of axe violations for a failing assertion. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The site's page URLs from its sitemap, moved onto the local server. */
export async function sitemapUrls(siteUrl: string): Promise<string[]> {
	const xml = await (await fetch(new URL('sitemap.xml', siteUrl))).text();
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
		const published = new URL(m[1] ?? '');
		const local = new URL(siteUrl);
		return new URL(published.pathname + published.search, local.origin).href;
	});
}
