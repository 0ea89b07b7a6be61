import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of `astro build`, one index
 * per `<html lang>`, so that `astro build` alone gives a site whose search works.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}pagefind` });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`Search index: ${added.page_count} pages.`);
			},
		},
	};
}
