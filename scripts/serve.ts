/**
 * A plain static file server for the built site, as a CDN serves it: files only, no rewrites,
 * `dir/` serves `dir/index.html`, `dir` without its slash redirects to `dir/`, anything else is a
 * 404 with `404.html`. It applies the `_headers` file the build wrote, so local runs and the
 * browser tests see the same headers (Content-Security-Policy included) as the CDN.
 *
 * Usage: node scripts/serve.ts [--dir dist] [--base /] [--port 4321]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/static-headers.ts';
import { option } from './cli.ts';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.ics': 'text/calendar; charset=utf-8',
};

export interface StaticServer {
	server: Server;
	/** The site's address, base path included, e.g. http://127.0.0.1:4321/patients/ */
	url: string;
	close: () => Promise<void>;
}

async function isFile(path: string) {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(path: string) {
	return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Serves `dir` at `base` on `port` (0 picks a free port) on the loopback address only. */
export async function startServer({ dir, base, port }: { dir: string; base: string; port: number }): Promise<StaticServer> {
	const root = resolve(dir);
	const rules: HeaderRule[] = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			pathname = '/';
		}
		for (const [name, value] of headersFor(rules, url.pathname)) res.setHeader(name, value);
		const send = async (status: number, file: string): Promise<void> => {
			res.statusCode = status;
			res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
			if (req.method === 'HEAD') {
				res.end();
				return;
			}
			createReadStream(file)
				.on('error', () => {
					// The file went away after it was found (a rebuild): answer plainly, never crash.
					if (!res.headersSent) res.statusCode = 404;
					res.end();
				})
				.pipe(res);
		};
		const notFound = () => send(404, join(root, '404.html'));
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.statusCode = 405;
			res.end();
			return;
		}
		if (!pathname.startsWith(base)) return notFound();
		const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.(\/|$))+/, '');
		const target = join(root, relative);
		if (!target.startsWith(root)) return notFound();
		if (pathname.endsWith('/')) {
			const index = join(target, 'index.html');
			return (await isFile(index)) ? send(200, index) : notFound();
		}
		if (await isFile(target)) return send(200, target);
		if (await isDirectory(target)) {
			res.statusCode = 301;
			res.setHeader('Location', `${url.pathname}/${url.search}`);
			res.end();
			return;
		}
		return notFound();
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		server,
		url: `http://127.0.0.1:${actual}${base}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}


if (import.meta.main) {
	const { loadSettings } = await import('../src/lib/settings/load.ts');
	const base = option('base') ?? loadSettings(process.env, process.cwd()).site.base;
	const { url } = await startServer({
		dir: option('dir') ?? 'dist',
		base,
		port: Number(option('port') ?? process.env['PORT'] ?? 4321),
	});
	console.log(`\nThe site is served at ${url}\nPress Ctrl+C to stop.\n`);
}
