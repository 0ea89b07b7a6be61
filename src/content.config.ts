import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedGuides } from './lib/content/guide-loader.ts';
import { guideSchema } from './lib/content/guide-schema.ts';

/**
 * Guides: one MDX file per guide, in a folder per language (`en/`, `tr/`); the id is `en/costs`.
 * GUIDES_DIR points elsewhere for the scale benchmark (scripts/scale.ts) only.
 */
const guides = defineCollection({
	loader: checkedGuides(glob({ pattern: '*/*.mdx', base: process.env['GUIDES_DIR'] || './src/content/guides' })),
	schema: guideSchema,
});

export const collections = { guides };
