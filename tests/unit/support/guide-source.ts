import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { guideSchema } from '../../../src/lib/site/content/guide-schema.ts';
import { guideBodyText } from '../../../scripts/reading-level/guide-text.ts';

/* A guide as its file says it, for the tests that read what guides say (guides-*.test.ts). */

export type Lang = 'en' | 'tr';
export const sourceOf = (lang: Lang, slug: string) => readFileSync(join('src/content/guides', lang, `${slug}.mdx`), 'utf8');
export const bodyOf = (lang: Lang, slug: string) => guideBodyText(sourceOf(lang, slug), (name) => `[${name}]`);
export const headingsOf = (lang: Lang, slug: string) => [...sourceOf(lang, slug).matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
export const sourcesOf = (lang: Lang, slug: string) => guideSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(sourceOf(lang, slug))?.[1] ?? '')).sources;
