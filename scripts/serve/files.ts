/**
 * What the static server says about a file: its Content-Type, its validators (Last-Modified and a
 * weak ETag, as nginx and most CDNs make them) and whether the client's copy is still current.
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';

/** The Content-Type of each kind of file the site has; anything else is `application/octet-stream`. */
export const contentTypes: Record<string, string> = {
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

/** A weak validator from the file's size and time, as nginx and most CDNs make it. */
export const etagOf = (stats: Stats) => `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;

/** True when the client's copy (by ETag, else by date) is still the file on disk. */
export function notModified(req: IncomingMessage, stats: Stats): boolean {
	const match = req.headers['if-none-match'];
	if (match) return match.split(',').some((tag) => tag.trim() === etagOf(stats) || tag.trim() === '*');
	const since = Date.parse(req.headers['if-modified-since'] ?? '');
	return !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

/** The file's details, or undefined when there is none. */
export async function statOf(path: string): Promise<Stats | undefined> {
	return stat(path).catch(() => undefined);
}
