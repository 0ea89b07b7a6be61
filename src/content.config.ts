import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildDay } from 'virtual:clinic/settings';
import { checkedGuides, isStrictBuild } from './lib/site/content/guide-loader.ts';
import { guideSchema } from './lib/site/content/guide-schema.ts';
import { exerciseSheetSchema } from './lib/site/content/exercise-sheet-schema.ts';

/**
 * Guides: one MDX file per guide, in a folder per language (`en/`, `tr/`); the id is `en/costs`.
 * GUIDES_DIR points elsewhere for the scale benchmark (scripts/scale.ts) only.
 */
const guidesDir = process.env['GUIDES_DIR'] || './src/content/guides';
/*
 * retainBody: false: nothing reads a guide's source text once checkedGuides has checked it,
 * and the data store, which Astro bundles as one module, held every guide's text: 1.9 of its
 * 2.4 MB with a thousand guides (issue 26). Exercise sheets keep theirs: a page lists the exercises in it.
 */
const guides = defineCollection({
	loader: checkedGuides(glob({ pattern: '*/*.mdx', base: guidesDir, retainBody: false }), {
		base: guidesDir,
		// The build's own date, for "review date passed"; src/lib never reads the clock itself.
		today: buildDay,
		strict: isStrictBuild(process.env, process.argv),
	}),
	schema: guideSchema,
});

/** Exercise pages (issue 17): the general exercise guide and one sheet per area, per language. */
const exercises = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './src/content/exercises' }),
	schema: exerciseSheetSchema,
});

export const collections = { guides, exercises };
