/**
 * A plain static file server for the built site, as a CDN serves it: files only, no rewrites,
 * `dir/` serves `dir/index.html`, `dir` without its slash redirects to `dir/` (always on this
 * origin), anything else is a 404 with `404.html`. It applies the `_headers` file the build
 * wrote, so local runs and the browser tests see the same headers (Content-Security-Policy
 * included) as the CDN. Safe to point a browser at:
 * - the path is decoded once, and both the file and its headers are chosen from that decoded
 *   path; a path that cannot be decoded is a 400;
 * - every answer (404s and 400s included) carries the site's security headers;
 * - `..`, empty segments, dotfiles and `_headers` are never served.
 * With `--validators` (or `conditional: true`) it also sends `Last-Modified` and `ETag` and
 * answers conditional requests with 304, as most real hosts do (the stale-deploy test needs it).
 *
 * Usage: node scripts/serve.ts [--dir dist] [--base /] [--port 4321] [--validators]
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/site/static-headers.ts';
import { option } from './cli.ts';
import { contentTypes, etagOf, notModified, statOf } from './serve/files.ts';
import { folderRedirect, resolveRequestPath } from './serve/request-path.ts';

/** Headers every answer carries even where `_headers` gives none (a folder built without one). */
const ALWAYS: [string, string][] = [['X-Content-Type-Options', 'nosniff']];

/** One built site and the base path it is served under. */
export interface SiteMount {
	dir: string;
	base: string;
}

export interface ServeOptions extends SiteMount {
	/** 0 picks a free port. */
	port: number;
	/** Send Last-Modified and ETag and answer conditional requests with 304. */
	conditional?: boolean;
	/** More sites on the same origin under other bases (two clinics on one GitHub Pages account). */
	alongside?: readonly SiteMount[];
}

export interface StaticServer {
	server: Server;
	/** The site's address, base path included, e.g. http://127.0.0.1:4321/patients/ */
	url: string;
	/** The server's origin, e.g. http://127.0.0.1:4321 */
	origin: string;
	close: () => Promise<void>;
}

interface Site extends SiteMount {
	root: string;
	rules: HeaderRule[];
}

async function loadSite({ dir, base }: SiteMount): Promise<Site> {
	const root = resolve(dir);
	const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
	return { dir, base, root, rules };
}

/** Serves `dir` at `base` on `port` on the loopback address only. */
export async function startServer({ dir, base, port, conditional = false, alongside = [] }: ServeOptions): Promise<StaticServer> {
	const sites = await Promise.all([{ dir, base }, ...alongside].map(loadSite));
	// The most specific base first, so /a/b/ wins over /a/.
	const byBase = [...sites].sort((x, y) => y.base.length - x.base.length);
	const server = createServer((req, res) => {
		handle(req, res).catch(() => {
			if (!res.headersSent) res.statusCode = 500;
			res.end();
		});
	});
	// A client may half-close (send FIN) right after its request, as `printf … | nc` does. Node
	// would then drop the request unanswered; nginx answers it and closes. So answer, then close
	// (Node's own http server honours this property: lib/_http_server.js, socketOnEnd).
	(server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const raw = req.url ?? '/';
		const queryAt = raw.indexOf('?');
		const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
		const query = queryAt === -1 ? '' : raw.slice(queryAt);
		let decodedForSite = rawPath;
		try {
			decodedForSite = decodeURIComponent(rawPath);
		} catch {
			// resolveRequestPath answers it with a 400 below.
		}
		const site = byBase.find((s) => decodedForSite.startsWith(s.base)) ?? (sites[0] as Site);
		const setHeadersFor = (path: string) => {
			for (const [name, value] of [...ALWAYS, ...headersFor(site.rules, path)]) res.setHeader(name, value);
		};
		const plain = (status: number, text: string) => {
			setHeadersFor(`${site.base}404.html`);
			res.statusCode = status;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end(req.method === 'HEAD' ? undefined : `${text}\n`);
		};
		const send = (status: number, file: string, stats: Stats, headerPath: string) => {
			setHeadersFor(headerPath);
			res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
			if (conditional && status === 200) {
				res.setHeader('Last-Modified', stats.mtime.toUTCString());
				res.setHeader('ETag', etagOf(stats));
				if (notModified(req, stats)) {
					res.statusCode = 304;
					res.end();
					return;
				}
			}
			res.statusCode = status;
			res.setHeader('Content-Length', stats.size);
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
		const notFound = async () => {
			const page = join(site.root, '404.html');
			const stats = await statOf(page);
			if (stats?.isFile()) return send(404, page, stats, `${site.base}404.html`);
			return plain(404, 'Not found');
		};

		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD');
			return plain(405, 'Method not allowed');
		}
		const resolved = resolveRequestPath(rawPath, site.base);
		if (`${decodedForSite}/` === site.base) {
			setHeadersFor(site.base);
			res.statusCode = 301;
			res.setHeader('Location', `${site.base}${query}`);
			res.end();
			return;
		}
		if (resolved.kind === 'bad-request') return plain(400, 'Bad request: the address is not valid');
		if (resolved.kind === 'not-found') return notFound();
		const target = join(site.root, ...resolved.segments);
		if (target !== site.root && !target.startsWith(site.root + sep)) return notFound();
		if (resolved.folder) {
			const index = join(target, 'index.html');
			const stats = await statOf(index);
			return stats?.isFile() ? send(200, index, stats, resolved.decoded) : notFound();
		}
		const stats = await statOf(target);
		if (stats?.isFile()) return send(200, target, stats, resolved.decoded);
		if (stats?.isDirectory()) {
			setHeadersFor(`${resolved.decoded}/`);
			res.statusCode = 301;
			res.setHeader('Location', folderRedirect(site.base, resolved.segments, query));
			res.end();
			return;
		}
		return notFound();
	}

	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${actual}`;
	return {
		server,
		url: `${origin}${base}`,
		origin,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

if (import.meta.main) {
	const { loadSettings } = await import('../src/lib/site/settings/load.ts');
	const base = option('base') ?? loadSettings(process.env, process.cwd()).site.base;
	const { url } = await startServer({
		dir: option('dir') ?? 'dist',
		base,
		port: Number(option('port') ?? process.env['PORT'] ?? 4321),
		conditional: process.argv.includes('--validators'),
	});
	console.log(`\nThe site is served at ${url}\nPress Ctrl+C to stop.\n`);
}
