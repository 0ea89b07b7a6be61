import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from './content-error.ts';
import { readUtf8 } from '../files/read-text.ts';
import { checkGuideFile, overdueReview } from './guide-check.ts';
import { checkGuideOrder, splitGuideId, type GuideRef } from './guides.ts';

/** Guides that cannot be built; the message is the whole report. */
export class GuideError extends ContentError {
	constructor(problems: readonly string[]) {
		super('guides', problems);
		this.name = 'GuideError';
	}
}

/**
 * Checks one guide file at a time (see {@link checkFile}), listing each language folder once per
 * load, not once per guide: a thousand guides were a thousand listings of a thousand names
 * (issue 26).
 */
function fileChecker(): (path: string, file: string) => Promise<string[]> {
	const folders = new Map<string, Promise<string[]>>();
	const slugsIn = (folder: string) => {
		let slugs = folders.get(folder);
		if (!slugs) {
			slugs = readdir(folder).then((names) => names.filter((name) => /\.mdx?$/.test(name)).map((name) => basename(name, extname(name))));
			folders.set(folder, slugs);
		}
		return slugs;
	};
	return (path, file) => checkFile(path, file, slugsIn);
}

/** One guide file's problems: how it is saved, then what it says (./guide-check.ts). */
async function checkFile(path: string, file: string, slugsIn: (folder: string) => Promise<readonly string[]>): Promise<string[]> {
	const read = readUtf8(await readFile(path), file, { bom: 'refuse' });
	if (!read.ok) return [read.problem];
	// A guide links to the guides of its own language: the files beside it.
	return checkGuideFile(read.text, file, { guideSlugs: await slugsIn(dirname(path)) });
}

/**
 * A strict build turns warnings (a review date passed) into failures: `STRICT_BUILD=1` or
 * `--strict` on the command line.
 */
export const isStrictBuild = (env: NodeJS.ProcessEnv, argv: readonly string[]) =>
	env['STRICT_BUILD'] === '1' || argv.includes('--strict');

/**
 * Wraps the guides' loader (Astro's glob) so every guide file is checked as written before
 * Astro parses it (see ./guide-check.ts), and the guides together once loaded: no two of a
 * language share an order, and no review date has passed. All problems come together in one
 * message naming each file and line. `today` is the build's date (the caller reads the clock).
 */
export function checkedGuides(inner: Loader, { today, strict, base }: { today: string; strict: boolean; base?: string }): Loader {
	return {
		name: 'checked-guides',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const problems: string[] = [];
			const check = fileChecker();
			// Every file first, before Astro reads any front matter or MDX compiles anything.
			const checked = new Set<string>();
			if (base !== undefined) {
				const dir = resolve(root, base);
				// Astro's glob keeps an entry whose text is unchanged with the file path it had: after a
				// build from another guides folder (GUIDES_DIR), cached entries would name that folder's
				// files, gone or not. Entries from another folder are dropped, so every file is read anew.
				if ([...context.store.values()].some((entry) => entry.filePath !== undefined && !resolve(root, entry.filePath).startsWith(dir + sep))) context.store.clear();
				const names = (await readdir(dir, { recursive: true })).filter((name) => /^[^/\\]+[/\\][^/\\]+\.mdx$/.test(name)).sort();
				for (const name of names) {
					const path = join(dir, name);
					checked.add(path);
					problems.push(...(await check(path, relative(root, path))));
				}
				if (problems.length > 0) throw new GuideError(problems);
			}
			const parseData: LoaderContext['parseData'] = async (props) => {
				const file = props.filePath ? relative(root, props.filePath) : props.id;
				const found = props.filePath && !checked.has(resolve(root, props.filePath)) ? await check(props.filePath, file) : [];
				if (found.length > 0) {
					problems.push(...found);
					return props.data;
				}
				return context.parseData(props);
			};
			await inner.load({ ...context, parseData });
			if (problems.length > 0) throw new GuideError(problems);

			const refs: GuideRef[] = [];
			const warnings: string[] = [];
			for (const entry of context.store.values()) {
				const split = splitGuideId(entry.id);
				const data = entry.data as { order: number; title: string; nextReview: string };
				if (split.ok) refs.push({ id: entry.id, lang: split.lang, slug: split.slug, order: data.order, title: data.title });
				const overdue = overdueReview(entry.filePath ?? entry.id, data.nextReview, today);
				if (overdue) warnings.push(overdue);
			}
			problems.push(...checkGuideOrder(refs).map((p) => `${p}.`));
			if (strict) problems.push(...warnings);
			else for (const warning of warnings) context.logger.warn(warning);
			if (problems.length > 0) throw new GuideError(problems);
		},
	};
}
