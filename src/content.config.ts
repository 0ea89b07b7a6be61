import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/content/guide-schema.ts';

/** Guides: one MDX file per guide, in a folder per language (`en/`, `tr/`); the id is `en/costs`. */
const guides = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './src/content/guides' }),
	schema: guideSchema,
});

export const collections = { guides };
