import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve.ts';
import { folderRedirect, resolveRequestPath } from '../../scripts/serve/request-path.ts';
import { buildHeadersFile } from '../../src/lib/site/static-headers.ts';

/*
 * The local server is pointed at by browsers (npm start, the browser tests), so it must be as
 * safe as a CDN: each case below is one the security review found.
 */
const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const files: Record<string, string> = {
	'index.html': '<p>home</p>',
	'guides/index.html': '<p>guides</p>',
	'guides/costs/index.html': '<p>costs</p>',
	'404.html': '<p>not found</p>',
	'_astro/a.js': 'export {};',
	'.env': 'SECRET=1',
	'guides/.hidden': 'hidden',
	_headers: buildHeadersFile('/clinic/', ["default-src 'self'"]),
};
for (const [name, body] of Object.entries(files)) {
	mkdirSync(join(dir, name, '..'), { recursive: true });
	writeFileSync(join(dir, name), body);
}

let site: StaticServer;
beforeAll(async () => {
	site = await startServer({ dir, base: '/clinic/', port: 0, conditional: true });
});
afterAll(() => site.close());

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** A request with the path exactly as written (fetch would normalise it). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
	const { port } = new URL(site.origin);
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

const CSP = "default-src 'self'; frame-ancestors 'none'";

describe('scripts/serve.ts', () => {
	test('serves folders, files and redirects a folder without its slash on its own origin', async () => {
		expect((await get('/clinic/guides/costs/')).body).toBe('<p>costs</p>');
		expect((await get('/clinic/_astro/a.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		const redirect = await get('/clinic/guides/costs?x=1');
		expect(redirect.status).toBe(301);
		expect(redirect.headers['location']).toBe('/clinic/guides/costs/?x=1');
		expect((await get('/clinic')).headers['location']).toBe('/clinic/');
	});

	test('never redirects off its origin', async () => {
		for (const path of ['//x//evil.example/..%2fguides', '/clinic//evil.example/guides', '/clinic/%2fevil.example%2fguides', '/clinic/guides/%2e%2e/%2e%2e/guides']) {
			const answer = await get(path);
			expect(answer.status, path).toBe(404);
			expect(answer.headers['location'], path).toBeUndefined();
		}
	});

	test('chooses the headers from the same decoded path as the file', async () => {
		const answer = await get('/%63linic/guides/');
		expect(answer.body).toBe('<p>guides</p>');
		expect(answer.headers['content-security-policy']).toBe(CSP);
	});

	test('puts the security headers on 404s, inside and outside the base, and on 400s', async () => {
		for (const path of ['/clinic/nope/', '/elsewhere/', '/%ff', '/clinic/%ff', '/clinic/a%00b']) {
			const answer = await get(path);
			expect(answer.status, path).toBe(path.includes('%ff') || path.includes('%00') ? 400 : 404);
			expect(answer.headers['content-security-policy'], path).toBe(CSP);
			expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
		}
		expect((await get('/clinic/nope/')).body).toBe('<p>not found</p>');
		expect((await get('/clinic/x', {}, 'POST')).status).toBe(405);
	});

	test('never serves _headers, dotfiles or anything above the folder', async () => {
		for (const path of ['/clinic/_headers', '/clinic/%5fheaders', '/clinic/.env', '/clinic/guides/.hidden', '/clinic/%2e%2e/serve.ts', '/clinic/..%2f..%2fetc%2fpasswd']) {
			const answer = await get(path);
			expect(answer.status, path).toBe(404);
			expect(answer.body, path).toBe('<p>not found</p>');
		}
	});

	test('sends Last-Modified and ETag when asked, and answers conditional requests with 304', async () => {
		const first = await get('/clinic/guides/costs/');
		const etag = String(first.headers['etag']);
		expect(etag).toMatch(/^W\/"/);
		expect(first.headers['last-modified']).toBeTruthy();
		expect((await get('/clinic/guides/costs/', { 'If-None-Match': etag })).status).toBe(304);
		expect((await get('/clinic/guides/costs/', { 'If-Modified-Since': String(first.headers['last-modified']) })).status).toBe(304);
		expect((await get('/clinic/guides/costs/', { 'If-None-Match': 'W/"other"' })).status).toBe(200);
	});
});

test('a client that half-closes after its request still gets the answer, as from nginx (issue 28)', async () => {
	const { port } = new URL(site.origin);
	const answer = await new Promise<string>((done, fail) => {
		let text = '';
		const socket = connect({ host: '127.0.0.1', port: Number(port), allowHalfOpen: true }, () => {
			// end() sends the request and then FIN: the client will write nothing more.
			socket.end('GET /clinic/guides/costs/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
		});
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (text += chunk));
		socket.on('end', () => done(text));
		socket.on('error', fail);
	});
	expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
	expect(answer.endsWith('<p>costs</p>')).toBe(true);
});

describe('resolveRequestPath', () => {
	test.each([
		['/b/', { kind: 'path', decoded: '/b/', segments: [], folder: true }],
		['/b/guides/costs', { kind: 'path', decoded: '/b/guides/costs', segments: ['guides', 'costs'], folder: false }],
		['/%62/', { kind: 'path', decoded: '/b/', segments: [], folder: true }],
		['/%ff', { kind: 'bad-request' }],
		['//evil.example/b/', { kind: 'not-found' }],
		['/b/.git/config', { kind: 'not-found' }],
		['/b/a%5c..%5cx', { kind: 'not-found' }],
	])('%s', (path, expected) => {
		expect(resolveRequestPath(path, '/b/')).toEqual(expected);
	});

	test('a redirect is always a path on this origin', () => {
		expect(folderRedirect('/', ['evil.example', 'x?y'], '')).toBe('/evil.example/x%3Fy/');
	});
});
