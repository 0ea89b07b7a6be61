import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHeadersFile } from '../lib/static-headers.ts';
import { builtFiles, withSlash } from './built-files.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Writes `dist/_headers` after the build from the policies Astro put in each page, so the HTTP
 * policy always matches what the pages need. `hsts` is the clinic's `site.hsts` setting.
 */
export function staticHeaders({ hsts = false }: { hsts?: boolean } = {}): AstroIntegration {
	let base = '/';
	return {
		name: 'static-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policies: string[] = [];
				for (const file of (await builtFiles(root)).filter((f) => f.endsWith('.html'))) {
					const match = META_CSP.exec(await readFile(join(root, file), 'utf8'));
					if (match?.[1]) policies.push(match[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'"));
				}
				await writeFile(join(root, '_headers'), buildHeadersFile(base, policies, { hsts }));
				logger.info(`_headers written from ${policies.length} page policies.`);
			},
		},
	};
}
