import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/* What the offline tests share (offline.test.ts, offline-deploys.test.ts). */

/** Waits until the page is controlled by an activated worker with no newer one on its way. */
export async function settledWorker(page: Page): Promise<void> {
	const settled = () =>
		page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return Boolean(navigator.serviceWorker.controller && registration?.active?.state === 'activated' && !registration.installing && !registration.waiting);
		});
	// On a loaded machine installing every file the worker keeps (about a hundred) can take a while:
	// the browser projects give expect.poll PAGE_WAIT (tests/support/patience.ts).
	await expect.poll(settled).toBe(true);
}

export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Every file below `dir`, as paths relative to it. */
export async function filesIn(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/**
 * Replaces text in every HTML, JavaScript and CSS file of a built site but the service worker,
 * which a deploy writes last with `writeServiceWorker`, as the build does. Rewriting the old
 * sw.js in place would give the browser a new worker with the old version's name while the
 * pages were still half changed.
 */
export async function replaceEverywhere(dir: string, from: string, to: string): Promise<void> {
	for (const file of (await filesIn(dir)).filter((f) => f !== 'sw.js' && (/\.(html|js|css|xml|txt)$/.test(f) || f === '_headers'))) {
		const text = await readFile(join(dir, file), 'utf8');
		if (text.includes(from)) await writeFile(join(dir, file), text.replaceAll(from, to));
	}
}

/** A copy of the build under test in a temporary folder. */
export async function copyOfSite(): Promise<string> {
	const dir = join(await mkdtemp(join(tmpdir(), 'offline-')), 'site');
	await cp(inject('siteDir'), dir, { recursive: true });
	return dir;
}
