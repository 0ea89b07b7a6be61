import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixedPages } from '../../src/lib/routes.ts';

/*
 * Links written in the guides land somewhere: <PageLink guide="…"> names a guide of the same
 * language, <PageLink to="…"> a page every language has, and each area of <BodyMap> a `##`
 * section of its guide. (The browser tests follow every built link; these name the file to fix.)
 */

const languages = readdirSync('src/content/guides');
const guidesOf = (lang: string) =>
	readdirSync(join('src/content/guides', lang))
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => ({ slug: file.replace(/\.mdx$/, ''), source: readFileSync(join('src/content/guides', lang, file), 'utf8') }));

/** The id Astro gives a heading (github-slugger), for the plain headings guides use. */
function headingId(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.replace(/\s/g, '-');
}

test('headingId follows Astro’s heading ids', () => {
	expect(headingId('Is it right for you?')).toBe('is-it-right-for-you');
	expect(headingId('Your check-up (examination)')).toBe('your-check-up-examination');
});

describe.each(languages)('guides in %s', (lang) => {
	const guides = guidesOf(lang);
	const slugs = guides.map((g) => g.slug);

	test.each(guides.map((g) => [g.slug, g.source]))('%s links only to pages that exist', (_slug, source) => {
		for (const [, guide] of source.matchAll(/<PageLink guide="([^"]*)"/g)) expect(slugs, `guide="${guide}"`).toContain(guide);
		for (const [, page] of source.matchAll(/<PageLink to="([^"]*)"/g)) expect(fixedPages, `to="${page}"`).toContain(page);
	});

	test.each(guides.map((g) => [g.slug, g.source]))('%s: each body-map area links to a section of the guide', (_slug, source) => {
		const ids = [...source.matchAll(/^## (.+)$/gm)].map((m) => headingId(m[1] ?? ''));
		for (const [tag] of source.matchAll(/<BodyMap\b[^>]*\/>/g)) {
			const areas = Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
			expect(Object.keys(areas).sort()).toEqual(['back', 'hip', 'knee', 'shoulder', 'tendons', 'wrist']);
			for (const id of Object.values(areas)) expect(ids).toContain(id);
		}
	});
});

test('the who-it-is-for guide in English has the body map', () => {
	expect(readFileSync('src/content/guides/en/who-it-is-for.mdx', 'utf8')).toMatch(/<BodyMap\b/);
});
