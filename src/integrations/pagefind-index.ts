import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { wordList, wordListFile } from '../components/search/words.ts';

/** Pagefind's ready-made interfaces: the site has its own search page, so they are not shipped. */
const UNUSED_BUNDLES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/**
 * Reads the text of each page Pagefind indexed from its fragment files (gzip, a `pagefind_dcd`
 * signature, then JSON), grouped by the index language in the file name (`en-gb_…`). Reading
 * Pagefind's own output means every suggested word is one that search finds.
 */
async function indexedTexts(bundle: string): Promise<Map<string, string[]>> {
	const byLang = new Map<string, string[]>();
	const folder = join(bundle, 'fragment');
	for (const file of await readdir(folder)) {
		const lang = file.slice(0, file.indexOf('_'));
		const raw = gunzipSync(await readFile(join(folder, file))).toString('utf8');
		const json = raw.slice(raw.indexOf('{'));
		const { content } = JSON.parse(json) as { content?: unknown };
		if (typeof content !== 'string') throw new Error(`Pagefind's fragment ${file} has no text: the word list for search suggestions needs Pagefind 1.x's fragment format`);
		byLang.set(lang, [...(byLang.get(lang) ?? []), content]);
	}
	return byLang;
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of `astro build`, one index
 * per `<html lang>`, so that `astro build` alone gives a site whose search works. Beside it, one
 * word list per language (the guides' words, most used first) for "did you mean" suggestions.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const bundle = join(site, 'pagefind');
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: bundle });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
				await pagefind.close();
				await Promise.all(UNUSED_BUNDLES.map((file) => rm(join(bundle, file), { force: true })));
				const counts: string[] = [];
				for (const [lang, texts] of await indexedTexts(bundle)) {
					const words = wordList(texts, lang);
					await writeFile(join(bundle, wordListFile(lang)), JSON.stringify(words));
					counts.push(`${words.length} ${lang}`);
				}
				logger.info(`Search index: ${added.page_count} pages; suggestion words: ${counts.join(', ')}.`);
			},
		},
	};
}
