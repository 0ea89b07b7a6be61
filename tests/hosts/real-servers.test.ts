import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/offline.ts';
import { hostingDir, writeHostingConfigs } from '../../src/integrations/static-headers.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/site/static-headers.ts';
import { launchBrowser, openPage } from '../browser/support/browser.ts';
import { startWebServer } from './support/servers.ts';

/*
 * The build served by nginx, Caddy and Apache, each with the config the build generated for
 * it, at the site's sub-path and at the root, and by Cloudflare Pages' own server (Wrangler) with
 * `_headers` at the root, checked over HTTP and in Chromium: the headers
 * arrive as `_headers` states them, nothing breaks the CSP, the 404 page, the trailing slash,
 * and a returning visitor getting the next deploy at once.
 *
 * The root deploy is the sub-path build moved to `/` (its paths rewritten, its service worker
 * and host configs written again by the build's own functions), to spare a second build.
 */
const siteDir = process.env['SITE_DIR'] ?? 'dist';
const siteBase = process.env['SITE_BASE'] ?? '/';
const SERVERS = ['nginx', 'Caddy', 'Apache'] as const;
/** Cloudflare Pages serves its upload at the domain's root only (README: keep the base `/` there). */
const AT_ROOT_ONLY = ['Cloudflare Pages'] as const;
/** The page each server's deploy changes, so the servers run at once on one copy of the site. */
const DEPLOYED_PAGE = { nginx: 'guides/costs/', Caddy: 'guides/results/', Apache: 'guides/questions/', 'Cloudflare Pages': 'guides/aftercare/' } as const;

interface Deploy {
	base: string;
	/** The folder the servers serve: the site is in `www` + base. */
	www: string;
	hosting: string;
	rules: HeaderRule[];
}

/** Every file below `dir`, as paths relative to it. */
async function filesIn(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** A folder the servers can read even after dropping root (mkdtemp makes it private). */
async function openFolder(prefix: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), prefix));
	await chmod(dir, 0o755);
	return dir;
}

async function subPathDeploy(): Promise<Deploy> {
	const www = await openFolder('hosts-www-');
	await mkdir(join(www, siteBase), { recursive: true });
	await cp(siteDir, join(www, siteBase), { recursive: true });
	return { base: siteBase, www, hosting: hostingDir(siteDir), rules: parseHeadersFile(await readFile(join(www, siteBase, '_headers'), 'utf8')) };
}

/** A page moved to the root: its inline scripts that name the base change, and so do their CSP hashes. */
function movedPage(text: string): string {
	const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
	let moved = text.replaceAll(siteBase, '/');
	for (const [, code] of text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		if (code !== undefined && code.includes(siteBase)) moved = moved.replaceAll(hash(code), hash(code.replaceAll(siteBase, '/')));
	}
	return moved;
}

async function rootDeploy(): Promise<Deploy> {
	const www = join(await openFolder('hosts-root-'), 'site');
	await cp(siteDir, www, { recursive: true });
	for (const file of (await filesIn(www)).filter((f) => /\.(html|js|css|xml|txt|json|webmanifest)$/.test(f))) {
		const text = await readFile(join(www, file), 'utf8');
		if (text.includes(siteBase)) await writeFile(join(www, file), file.endsWith('.html') ? movedPage(text) : text.replaceAll(siteBase, '/'));
	}
	await writeServiceWorker(www, '/');
	const { beside } = await writeHostingConfigs(www, '/');
	return { base: '/', www, hosting: beside, rules: parseHeadersFile(await readFile(join(www, '_headers'), 'utf8')) };
}

let browser: Browser;
const deploys: Deploy[] = [];
beforeAll(async () => {
	expect(siteBase, 'the host tests serve a build made under a sub-path (SITE_BASE), as npm test does').not.toBe('/');
	const [launched, subPath, root] = await Promise.all([launchBrowser(), subPathDeploy(), rootDeploy()]);
	browser = launched;
	deploys.push(subPath, root);
});
afterAll(() => browser?.close());

/**
 * What Cloudflare Pages sends of its own: `public, max-age=0, must-revalidate` where `_headers`
 * gives a file no Cache-Control, and `no-store` (stricter than the `no-cache` asked) on a 404.
 */
const DEFAULT_CACHE_CONTROL: Partial<Record<string, string>> = { 'Cloudflare Pages': 'public, max-age=0, must-revalidate' };
const NOT_FOUND_CACHE_CONTROL: Partial<Record<string, string>> = { 'Cloudflare Pages': 'no-store' };

/** The response's headers equal what `_headers` states for `path`, Cache-Control's absence included. */
function expectStated(response: Response, rules: readonly HeaderRule[], path: string, server: string) {
	const stated = headersFor(rules, path);
	const own = response.status === 404 ? NOT_FOUND_CACHE_CONTROL[server] : undefined;
	if (own) stated.set('Cache-Control', own);
	expect(stated.get('Content-Security-Policy'), `_headers states a CSP for ${path}`).toMatch(/script-src 'self' 'sha256-/);
	for (const [name, value] of stated) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
	if (!stated.has('Cache-Control')) expect(response.headers.get('Cache-Control') ?? undefined, `Cache-Control on ${path}`).toBe(DEFAULT_CACHE_CONTROL[server]);
}

describe.each([
	{ where: 'under the sub-path', index: 0, servers: SERVERS },
	{ where: 'at the root', index: 1, servers: [...SERVERS, ...AT_ROOT_ONLY] },
])('$where', ({ index, servers }) => {
	test.concurrent.for(servers)('%s serves it as _headers states, with its 404 page, the trailing slash and each deploy at once', async (name) => {
		const deploy = deploys[index] as Deploy;
		const { base, www, rules } = deploy;
		const server = await startWebServer(name, deploy);
		const url = (path: string) => `${server.origin}${base}${path}`;
		const get = (path: string) => fetch(url(path), { redirect: 'manual' });
		try {
			const asset = (await readdir(join(www, base, '_astro'))).find((f) => f.endsWith('.js'));
			// Cloudflare Pages sends `/404.html` on to `/404` (its pretty addresses); it is no page's address.
			const direct = name === 'Cloudflare Pages' ? [] : ['404.html'];
			for (const path of ['', 'guides/costs/', 'tr/guides/costs/', ...direct, 'sw.js', `_astro/${asset}`, 'pagefind/pagefind.js', 'logo.svg']) {
				const response = await get(path);
				expect(response.status, `${name}: ${base}${path}`).toBe(200);
				expectStated(response, rules, `${base}${path}`, name);
			}

			const missing = await get('no-such-page/');
			expect(missing.status, `${name}: an unknown address`).toBe(404);
			expect(await missing.text()).toBe(await readFile(join(www, base, '404.html'), 'utf8'));
			expectStated(missing, rules, `${base}404.html`, name);

			const bare = await get('guides/costs');
			expect([301, 308], `${name}: a folder without its slash`).toContain(bare.status);
			expect(new URL(bare.headers.get('Location') ?? '', url('')).href).toBe(url('guides/costs/'));
			// Apache's file is never served by the servers it is not for, except Cloudflare Pages,
			// which serves every uploaded file: it holds only the headers each answer carries anyway.
			if (name !== 'Cloudflare Pages') expect([403, 404], `${name}: .htaccess`).toContain((await get('.htaccess')).status);

			// In Chromium: nothing the CSP refuses on a guide, both calculators and search.
			const { page, problems } = await openPage(browser, { width: 375 });
			await page.clock.setFixedTime(new Date(2027, 2, 1, 10));
			await page.goto(url('guides/side-effects/'));
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Side effects and when to get help');
			await page.goto(`${url('medication-dates/')}#t=2027-03-12&m=ibuprofen`);
			expect(await page.locator('.result').innerText()).toContain('Take your last ibuprofen on Monday 8 March 2027.');
			await page.goto(url('plan-your-sessions/'));
			await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
			await page.goto(`${url('search/')}#q=fever`);
			await page.locator('.search-result').first().waitFor();
			expect(problems, `${name} at ${base}`).toEqual([]);

			// A returning visitor: files a month old (a browser may reuse such a page for days
			// unless told to ask), one visit, a deploy, the next ordinary visit.
			const deployed = DEPLOYED_PAGE[name];
			const file = join(www, base, deployed, 'index.html');
			const monthAgo = new Date(Date.now() - 30 * 86_400_000);
			await utimes(file, monthAgo, monthAgo);
			await page.goto(url(deployed));
			const before = await page.title();
			await writeFile(file, (await readFile(file, 'utf8')).replace('<title>', `<title>Deployed again for ${name}: `));
			await page.goto(url(deployed));
			expect(await page.title()).toBe(`Deployed again for ${name}: ${before}`);
			await page.context().close();
		} finally {
			await server.stop();
		}
	});
});
