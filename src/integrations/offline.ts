import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precacheUrls, serviceWorkerSource } from '../lib/site/service-worker.ts';
import { builtFiles, withSlash } from './built-files.ts';
import { isOfflinePage } from '../lib/routes.ts';

/**
 * Writes `sw.js` into a built site at `root` served under `base`: the offline service worker,
 * versioned by a fingerprint of every file it keeps and of its own code, so each deploy that
 * changes either gets a fresh cache. Returns how many files it keeps.
 */
export async function writeServiceWorker(root: string, base: string): Promise<number> {
	const files = await builtFiles(root);
	const urls = precacheUrls(files, base, isOfflinePage);
	const code = await readFile(fileURLToPath(new URL('./service-worker.js', import.meta.url)), 'utf8');
	const hash = createHash('sha256').update(code);
	for (const url of urls) {
		const file = url.slice(base.length);
		hash.update(url);
		hash.update(await readFile(join(root, file === '' || file.endsWith('/') ? `${file}index.html` : file)));
	}
	await writeFile(join(root, 'sw.js'), serviceWorkerSource({ version: hash.digest('hex').slice(0, 12), base, urls, code }));
	return urls.length;
}

/** Writes `dist/sw.js` after the build (see {@link writeServiceWorker}). */
export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const kept = await writeServiceWorker(fileURLToPath(dir), base);
				logger.info(`Service worker written: ${kept} files kept for offline reading.`);
			},
		},
	};
}
