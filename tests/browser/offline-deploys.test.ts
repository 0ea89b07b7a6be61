import { readFile, rename, rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { writeServiceWorker } from '../../src/integrations/offline.ts';
import { localePath } from '../../src/lib/routes.ts';
import { openContext, useBrowser } from './support/browser.ts';
import { cacheNames, copyOfSite, filesIn, replaceEverywhere, settledWorker } from './support/offline.ts';
import { at, base, clinicSettings, defaultLang } from './support/site.ts';
import { BROWSER_TEST_TIMEOUT } from '../support/patience.ts';

/*
 * The offline copy across deploys: a returning patient after the clinic deploys again, on a host
 * that sends Last-Modified and ETag, and two clinics' sites on one origin. The service worker
 * treats every language alike, so this runs against the English-first build only (offline.test.ts
 * runs against both).
 */
const browser = await useBrowser();

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
	const context = await openContext(browser, { serviceWorkers: 'allow' });
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
		await expect.poll(() => cacheNames(page)).not.toEqual(before);
		await settledWorker(page);
		// Exactly one cache, the new version's: the old one is deleted as the new worker takes
		// charge, and nothing brings it back. Polled, as the page's view of the caches can trail
		// the worker's state by a moment on a loaded machine.
		await expect.poll(() => cacheNames(page)).toEqual([expect.not.stringContaining(before[0] ?? '')]);

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
}, BROWSER_TEST_TIMEOUT);

test('two sites on one origin keep each other’s offline copies', async () => {
	expect(base, 'the browser tests serve the site under a sub-path (SITE_BASE), as npm test does').not.toBe('/');
	const otherBase = '/clinic-two/';
	const other = await copyOfSite();
	await replaceEverywhere(other, base, otherBase);
	await writeServiceWorker(other, otherBase);
	const host = await startServer({ dir: inject('siteDir'), base, port: 0, alongside: [{ dir: other, base: otherBase }] });
	const first = (path: string) => new URL(new URL(at('en', path)).pathname, host.origin).href;
	const second = (path: string) => first(path).replace(base, otherBase);
	const context = await openContext(browser, { serviceWorkers: 'allow' });
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
