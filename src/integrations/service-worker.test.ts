import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, test } from 'vitest';
import { serviceWorkerSource } from '../lib/site/service-worker.ts';

/*
 * The worker's rules, run in a stand-in for the browser: a Cache Storage of plain maps and a
 * network that answers from a table. The browser tests (tests/browser/offline*.test.ts) run the
 * same worker in Chromium against a real server.
 */
const ORIGIN = 'http://127.0.0.1:8000';
const code = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');

class FakeCache {
	readonly store = new Map<string, Response>();
	private key(request: string | { url: string }) {
		return new URL(typeof request === 'string' ? request : request.url, ORIGIN).href;
	}
	async match(request: string | { url: string }) {
		return this.store.get(this.key(request))?.clone();
	}
	async put(request: string | { url: string }, response: Response) {
		this.store.set(this.key(request), response);
	}
}

let storage: Map<string, FakeCache>;
let network: Map<string, string> | 'offline';
let requests: { url: string; cache: string | undefined }[];

function worker(base: string, version: string, urls: string[]) {
	const handlers: Record<string, (event: unknown) => void> = {};
	runInNewContext(serviceWorkerSource({ version, base, urls, code }), {
		URL,
		Response,
		self: {
			location: new URL(`${base}sw.js`, ORIGIN),
			addEventListener: (type: string, handler: (event: unknown) => void) => (handlers[type] = handler),
			skipWaiting: async () => undefined,
			clients: { claim: async () => undefined },
		},
		caches: {
			open: async (name: string) => storage.get(name) ?? storage.set(name, new FakeCache()).get(name),
			has: async (name: string) => storage.has(name),
			match: async (request: string | { url: string }, { cacheName }: { cacheName: string }) => storage.get(cacheName)?.match(request),
			keys: async () => [...storage.keys()],
			delete: async (name: string) => storage.delete(name),
		},
		fetch: async (input: string | { url: string }, init?: { cache?: string }) => {
			const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN);
			requests.push({ url: url.pathname, cache: init?.cache });
			if (network === 'offline') throw new TypeError('Failed to fetch');
			const body = network.get(url.pathname);
			return body === undefined ? new Response('gone', { status: 404 }) : new Response(body, { status: 200 });
		},
	});
	const run = async (type: string, event: object) => {
		const waits: Promise<unknown>[] = [];
		let response: Promise<Response> | undefined;
		handlers[type]?.({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p), respondWith: (p: Promise<Response>) => (response = p) });
		const answer = await response;
		await Promise.all(waits);
		return answer;
	};
	return {
		install: () => run('install', {}),
		activate: () => run('activate', {}),
		navigate: (path: string) => run('fetch', { request: { url: `${ORIGIN}${path}`, method: 'GET', mode: 'navigate' } }),
	};
}

const page = (script: string) => `<html><body><script type="module" src="${script}"></script></body></html>`;

beforeEach(() => {
	storage = new Map();
	requests = [];
	network = new Map([
		['/b/', page('/b/_astro/app.1.js')],
		['/b/guides/costs/', page('/b/_astro/app.1.js')],
		['/b/404.html', 'not found'],
		['/b/_astro/app.1.js', 'code 1'],
	]);
});
const manifest = ['/b/', '/b/guides/costs/', '/b/404.html', '/b/_astro/app.1.js'];

describe('install', () => {
	test('fetches every file past the HTTP cache into a cache named after the base and version', async () => {
		await worker('/b/', 'v1', manifest).install();
		expect([...storage.keys()]).toEqual(['offline:/b/:v1']);
		expect(storage.get('offline:/b/:v1')?.store.size).toBe(4);
		expect(requests.every((r) => r.cache === 'reload')).toBe(true);
	});

	test('keeps nothing when a page names a script the manifest does not hold (a deploy landed meanwhile)', async () => {
		if (network !== 'offline') network.set('/b/guides/costs/', page('/b/_astro/app.2.js'));
		await expect(worker('/b/', 'v1', manifest).install()).rejects.toThrow(/another deploy/);
		expect([...storage.keys()]).toEqual([]);
	});

	test('reads a bundle named in an inline script’s template literal as that bundle (the page tools load the reader so)', async () => {
		if (network !== 'offline') network.set('/b/guides/costs/', `${page('/b/_astro/app.1.js')}<script type="module">import(\`/b/_astro/app.1.js\`)</script>`);
		await worker('/b/', 'v1', manifest).install();
		expect(storage.get('offline:/b/:v1')?.store.size).toBe(4);
	});

	test('a failed install leaves the copy an earlier install of the same version made (the network dropped halfway)', async () => {
		await worker('/b/', 'v1', manifest).install();
		network = 'offline';
		await expect(worker('/b/', 'v1', manifest).install()).rejects.toThrow(/Failed to fetch/);
		expect([...storage.keys()]).toEqual(['offline:/b/:v1']);
		expect(storage.get('offline:/b/:v1')?.store.size).toBe(4);
	});

	test('keeps nothing when a file is missing', async () => {
		if (network !== 'offline') network.delete('/b/_astro/app.1.js');
		await expect(worker('/b/', 'v1', manifest).install()).rejects.toThrow(/404/);
		expect([...storage.keys()]).toEqual([]);
	});
});

test('activation deletes its own older versions only, never another site on the origin', async () => {
	for (const name of ['offline:/b/:old', 'offline:/a/:v9', 'offline:/b/c/:v1', 'site-0123456789ab']) storage.set(name, new FakeCache());
	const sw = worker('/b/', 'v1', manifest);
	await sw.install();
	await sw.activate();
	expect([...storage.keys()].sort()).toEqual(['offline:/a/:v9', 'offline:/b/:v1', 'offline:/b/c/:v1']);
});

describe('pages', () => {
	test('come from the network, revalidating the HTTP cache', async () => {
		const sw = worker('/b/', 'v1', manifest);
		await sw.install();
		requests = [];
		if (network !== 'offline') network.set('/b/', `${page('/b/_astro/app.1.js')} new text`);
		expect(await (await sw.navigate('/b/'))?.text()).toContain('new text');
		expect(requests).toEqual([{ url: '/b/', cache: 'no-cache' }]);
	});

	test('read online are kept only when this version holds their scripts', async () => {
		const sw = worker('/b/', 'v1', manifest);
		await sw.install();
		if (network !== 'offline') {
			network.set('/b/guides/', page('/b/_astro/app.1.js'));
			network.set('/b/guides/costs/', `${page('/b/_astro/app.2.js')} next deploy`);
		}
		await sw.navigate('/b/guides/');
		await sw.navigate('/b/guides/costs/');
		await sw.navigate('/b/guides/?q=private');
		network = 'offline';
		expect((await sw.navigate('/b/guides/'))?.status).toBe(200);
		expect(await (await sw.navigate('/b/guides/costs/'))?.text()).not.toContain('next deploy');
		const cache = storage.get('offline:/b/:v1');
		expect([...(cache?.store.keys() ?? [])].some((url) => url.includes('?'))).toBe(false);
	});

	test('offline, /x leads to /x/ and an unknown page is the 404 page', async () => {
		const sw = worker('/b/', 'v1', manifest);
		await sw.install();
		network = 'offline';
		const redirect = await sw.navigate('/b/guides/costs');
		expect(redirect?.status).toBe(301);
		expect(redirect?.headers.get('Location')).toBe(`${ORIGIN}/b/guides/costs/`);
		const missing = await sw.navigate('/b/guides/nope/');
		expect(missing?.status).toBe(404);
		expect(await missing?.text()).toBe('not found');
	});

	test('an old worker still serving a page never brings back the cache a newer one deleted', async () => {
		const old = worker('/b/', 'v1', manifest);
		await old.install();
		const next = worker('/b/', 'v2', manifest);
		await next.install();
		await next.activate();
		expect([...storage.keys()]).toEqual(['offline:/b/:v2']);
		await old.navigate('/b/guides/costs/');
		network = 'offline';
		expect((await old.navigate('/b/guides/costs/'))?.status).not.toBe(200);
		expect([...storage.keys()]).toEqual(['offline:/b/:v2']);
	});

	test('outside the base the worker does not answer', async () => {
		const sw = worker('/b/', 'v1', manifest);
		expect(await sw.navigate('/a/')).toBeUndefined();
	});
});
