import { cp, mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { writeServiceWorker } from '../../src/integrations/offline.ts';
import { localePath } from '../../src/lib/routes.ts';
import { useBrowser } from './support/browser.ts';
import { at, base, clinicSettings, defaultLang } from './support/site.ts';

/*
 * A patient who opened the site once, in a waiting room with no signal: the guides in both
 * languages, both calculators, their printouts and the staff page still work, from the service
 * worker's cache. And the same
 * patient after the clinic deploys again, on a host that sends Last-Modified and ETag.
 */
const browser = await useBrowser();

/** Waits until the page is controlled by an activated worker with no newer one on its way. */
async function settledWorker(page: Page): Promise<void> {
	const settled = () =>
		page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return Boolean(navigator.serviceWorker.controller && registration?.active?.state === 'activated' && !registration.installing && !registration.waiting);
		});
	// Generous: on a loaded machine installing 41 files can take a while.
	await expect.poll(settled, { timeout: 45_000 }).toBe(true);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Every file below `dir`, as paths relative to it. */
async function filesIn(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/**
 * Replaces text in every HTML, JavaScript and CSS file of a built site but the service worker,
 * which a deploy writes last with `writeServiceWorker`, as the build does. Rewriting the old
 * sw.js in place would give the browser a new worker with the old version's name while the
 * pages were still half changed.
 */
async function replaceEverywhere(dir: string, from: string, to: string): Promise<void> {
	for (const file of (await filesIn(dir)).filter((f) => f !== 'sw.js' && (/\.(html|js|css|xml|txt)$/.test(f) || f === '_headers'))) {
		const text = await readFile(join(dir, file), 'utf8');
		if (text.includes(from)) await writeFile(join(dir, file), text.replaceAll(from, to));
	}
}

/** A copy of the build under test in a temporary folder. */
async function copyOfSite(): Promise<string> {
	const dir = join(await mkdtemp(join(tmpdir(), 'offline-')), 'site');
	await cp(inject('siteDir'), dir, { recursive: true });
	return dir;
}

test('after one visit, the guides and both calculators work with the network cut', async () => {
	const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 375, height: 800 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.clock.setFixedTime(new Date(2027, 2, 1, 10));
	await page.goto(at('en', ''));
	await settledWorker(page);

	await context.setOffline(true);
	await page.goto(at('en', 'guides/side-effects/'));
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Side effects and when to get help');
	await page.goto(at('tr', 'guides/preparation/'));
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tedaviye hazırlık');
	// An address typed without its final slash finds the same page offline.
	await page.goto(at('en', 'guides/costs/').replace(/\/$/, ''));
	expect(new URL(page.url()).pathname).toBe(new URL(at('en', 'guides/costs/')).pathname);
	expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toMatch(/not found|bulunamadı/i);

	await page.goto(`${at('en', 'medication-dates/')}#t=2027-03-12&m=ibuprofen`);
	await page.locator('.result').waitFor();
	expect(await page.locator('.result').innerText()).toContain('Take your last ibuprofen on Monday 8 March 2027.');

	await page.goto(at('en', 'plan-your-sessions/'));
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Plan your sessions');

	// The printouts (issue 23): their code, words, styles and QR library are kept too.
	await page.addInitScript(() => (window.print = () => undefined));
	await page.goto(`${at('en', 'medication-dates/')}#t=2027-03-12&m=apixaban`);
	await page.locator('button[data-letter]').click();
	await page.locator('#printout .printout__qr').waitFor();
	await page.goto(at('tr', 'clinic-letter/'));
	await page.locator('#slip-date').fill('12');
	await page.locator('#slip-date-month').fill('3');
	await page.locator('#slip-date-year').fill('2027');
	await page.getByRole('button', { name: 'Kartı hazırlayın' }).click();
	await page.locator('#printout .printout__qr').waitFor();
	expect(errors).toEqual([]);
	await context.close();
});

test('the cache keeps no page with a query string, so no search term is stored', async () => {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(at('en', ''));
	await settledWorker(page);
	await page.goto(`${at('en', 'search/')}?q=my+private+words`);
	await page.waitForLoadState('load');
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls;
	});
	expect(cached.length).toBeGreaterThan(5);
	expect(cached.filter((url) => url.includes('?') || url.includes('private'))).toEqual([]);
	await context.close();
});

/*
 * The review's reproduction: files a month old on a host that sends Last-Modified and ETag and
 * ignores `_headers` (so no Cache-Control either: the browser may reuse a page for days), one
 * visit, then a deploy that changes the text and the planner's script, then a normal visit.
 */
test('after a redeploy a returning patient sees the new page at once, and offline the planner still works', async () => {
	const dir = await copyOfSite();
	await rm(join(dir, '_headers'));
	const monthAgo = new Date(Date.now() - 30 * 86_400_000);
	for (const file of await filesIn(dir)) await utimes(join(dir, file), monthAgo, monthAgo);
	const host = await startServer({ dir, base, port: 0, conditional: true });
	const onHost = (url: string) => new URL(new URL(url).pathname, host.origin).href;
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	try {
		await page.goto(onHost(at('en', '')));
		await settledWorker(page);
		await page.goto(onHost(at('en', 'plan-your-sessions/')));
		const before = await cacheNames(page);
		expect(before).toHaveLength(1);

		// The deploy: new wording on every page and a new planner script, the old one gone.
		const plannerPage = join(dir, localePath('en', defaultLang, 'plan-your-sessions/'), 'index.html');
		const script = /component-url="[^"]*\/(_astro\/[^"/]+)\.js"/.exec(await readFile(plannerPage, 'utf8'))?.[1];
		expect(script).toBeTruthy();
		await rename(join(dir, `${script}.js`), join(dir, `${script}.next.js`));
		await replaceEverywhere(dir, `${script}.js`, `${script}.next.js`);
		await replaceEverywhere(dir, clinicSettings.clinic.name, 'Riverside Clinic After The Deploy');
		await writeServiceWorker(dir, base);

		await page.goto(onHost(at('en', '')));
		expect(await page.title()).toContain('Riverside Clinic After The Deploy');
		// The visit also fetched the new sw.js; once it is in charge it holds only the new files.
		await expect.poll(() => cacheNames(page), { timeout: 45_000 }).not.toEqual(before);
		await settledWorker(page);
		// Exactly one cache, the new version's: the old one is deleted as the new worker takes
		// charge, and nothing brings it back. Polled, as the page's view of the caches can trail
		// the worker's state by a moment on a loaded machine.
		await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([expect.not.stringContaining(before[0] ?? '')]);

		await context.setOffline(true);
		await page.goto(onHost(at('en', 'plan-your-sessions/')));
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		expect(await page.title()).toContain('Riverside Clinic After The Deploy');
		await page.getByRole('button').first().waitFor();
		expect(errors).toEqual([]);
	} finally {
		await context.close();
		await host.close();
	}
}, 150_000);

test('two sites on one origin keep each other’s offline copies', async () => {
	expect(base, 'the browser tests serve the site under a sub-path (SITE_BASE), as npm test does').not.toBe('/');
	const otherBase = '/clinic-two/';
	const other = await copyOfSite();
	await replaceEverywhere(other, base, otherBase);
	await writeServiceWorker(other, otherBase);
	const host = await startServer({ dir: inject('siteDir'), base, port: 0, alongside: [{ dir: other, base: otherBase }] });
	const first = (path: string) => new URL(new URL(at('en', path)).pathname, host.origin).href;
	const second = (path: string) => first(path).replace(base, otherBase);
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const page = await context.newPage();
	try {
		await page.goto(first(''));
		await settledWorker(page);
		await page.goto(second(''));
		await settledWorker(page);
		expect((await cacheNames(page)).sort()).toEqual([expect.stringContaining(`:${base}:`), expect.stringContaining(`:${otherBase}:`)].sort());

		await context.setOffline(true);
		for (const url of [first('guides/side-effects/'), second('guides/side-effects/')]) {
			await page.goto(url);
			expect(await page.getByRole('heading', { level: 1 }).textContent(), url).toBe('Side effects and when to get help');
		}
	} finally {
		await context.close();
		await host.close();
	}
});
