import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGuideFile, overdueReview } from './guide-check.ts';
import { checkGuideOrder, splitGuideId, type GuideRef } from './guides.ts';

/** Guides that cannot be built; the message is the whole report (a stack trace would bury it). */
export class GuideError extends Error {
	constructor(problems: readonly string[]) {
		super(`The guides need fixing before the site can be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'GuideError';
		// Astro prints a stack trace only when there is one; this message is all a clinic needs.
		this.stack = '';
	}
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
export function checkedGuides(inner: Loader, { today, strict }: { today: string; strict: boolean }): Loader {
	return {
		name: 'checked-guides',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const problems: string[] = [];
			const parseData: LoaderContext['parseData'] = async (props) => {
				const file = props.filePath ? relative(root, props.filePath) : props.id;
				const found = props.filePath ? checkGuideFile(await readFile(props.filePath, 'utf8'), file) : [];
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
