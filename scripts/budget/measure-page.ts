/**
 * One page's first visit in Chromium, weighed: every response it transfers, by part, gzipped;
 * for the search page also one search, and for the medication and staff pages the printout.
 * Pages are visited one after another in a few reused tabs (`openTab`), each visit with nothing
 * cached or stored.
 */
import type { Browser, CDPSession, Page, Request } from 'playwright-core';
import { localToday } from '../../src/components/calculators/local-today.ts';
import { addDays } from '../../src/lib/rules/dates/calendar-steps.ts';
import type { PageKind } from '../../src/lib/routes.ts';
import { PAGE_WAIT } from '../../tests/support/patience.ts';
import { gzipSize, partOf, weigh, type Part, type Weight } from './budgets.ts';

export interface Measured {
	path: string;
	kind: PageKind;
	weight: Weight;
	/** For the search page: after one search, and the word searched. */
	afterSearch?: { weight: Weight; word: string };
	/** For the medication and staff pages: what making a printout added. */
	printout?: Weight;
	/** Requests the browser answered from a cache: none, or this was not a first visit. */
	fromCache: number;
}

/** A treatment date a month from today (the patient's clock, as the calculators read it). */
const inAMonth = () => addDays(localToday(), 30);

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
		await button.waitFor();
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
	await page.locator('#printout-title').waitFor();
	await page.waitForLoadState('networkidle');
}

/** A tab of `openTab`'s, and the requests of its visit under way that a cache answered. */
export interface Tab {
	page: Page;
	cdp: CDPSession;
	cached: Set<string>;
}

/**
 * A tab that visits page after page, each as a first visit: its HTTP cache is off (as DevTools'
 * "Disable cache" turns it off: every request goes to the server), and before each visit the
 * site's storage is cleared; a request a cache answers anyway is counted (`Measured.fromCache`).
 * Reusing the tab keeps its renderer process: a fresh context per page started a new one for
 * each, and cost about three times the CPU for the same responses, byte for byte. A context of
 * its own, so tabs side by side share nothing either.
 */
export async function openTab(browser: Browser): Promise<Tab> {
	const context = await browser.newContext({ viewport: { width: 375, height: 812 }, serviceWorkers: 'block' });
	// Every load and wait below may take longer than Playwright's 30 s on CI's loaded machine (tests/support/patience.ts).
	context.setDefaultTimeout(PAGE_WAIT);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	const tab: Tab = { page, cdp, cached: new Set() };
	// Network.setCacheDisabled only holds while the session has the Network domain on.
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	cdp.on('Network.requestServedFromCache', ({ requestId }) => tab.cached.add(requestId));
	cdp.on('Network.responseReceived', ({ requestId, response }) => {
		if (response.fromDiskCache || response.fromPrefetchCache) tab.cached.add(requestId);
	});
	return tab;
}

/** Clears what an earlier visit to the site may have left: cookies and every kind of storage. */
async function forget(tab: Tab, url: string) {
	await tab.cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
	// Session storage belongs to the tab, not the origin's data, and outlives a navigation.
	if (tab.page.url().startsWith('http')) await tab.page.evaluate(() => sessionStorage.clear());
}

/** Opens one page in `tab` as a patient's first visit, and weighs what it transfers. */
export async function measure(tab: Tab, url: string, path: string, kind: PageKind): Promise<Measured> {
	const { page } = tab;
	await forget(tab, url);
	tab.cached.clear();
	const responses: Promise<{ part: Part; bytes: number }>[] = [];
	const record = (request: Request) =>
		responses.push(
			(async () => {
				const body = await (await request.response())?.body().catch(() => undefined);
				return { part: partOf(request.resourceType()), bytes: body ? gzipSize(body) : 0 };
			})(),
		);
	page.on('requestfinished', record);
	await page.goto(url, { waitUntil: 'load' });
	// A patient scrolls: bring each island into view in turn, wait until all have started.
	for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.waitForLoadState('networkidle');
	const measured: Measured = { path, kind, weight: weigh(await Promise.all(responses)), fromCache: 0 };
	if (kind === 'search') {
		// One search for the first example word the page's hint gives ("like “bruising”").
		const hint = (await page.locator('#search-hint').textContent()) ?? '';
		const word = /“([^”]+)”/.exec(hint)?.[1] ?? hint.split(/\s+/)[0] ?? 'a';
		await page.locator('#search-input').fill(word);
		await page.locator('#search-input').press('Enter');
		await page.locator('.search-result, .site-search__none:not([hidden])').first().waitFor();
		await page.waitForLoadState('networkidle');
		measured.afterSearch = { weight: weigh(await Promise.all(responses)), word };
	}
	if (kind === 'medication' || kind === 'clinicLetter') {
		let before = responses.length;
		await makePrintout(page, kind, () => (before = responses.length));
		measured.printout = weigh(await Promise.all(responses.slice(before)));
	}
	page.off('requestfinished', record);
	measured.fromCache = tab.cached.size;
	return measured;
}

/**
 * Runs `work` over `items`, on each of `lanes` side by side (one item at a time on a lane),
 * keeping their order.
 *
 * @example
 * await inParallel([1, 2, 3], ['a', 'b'], async (n, lane) => `${lane}${n}`) // => ['a1', 'b2', 'a3']
 */
export async function inParallel<T, L, R>(items: readonly T[], lanes: readonly L[], work: (item: T, lane: L) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		lanes.map(async (lane) => {
			while (next < items.length) {
				const i = next++;
				out[i] = await work(items[i] as T, lane);
			}
		}),
	);
	return out;
}
