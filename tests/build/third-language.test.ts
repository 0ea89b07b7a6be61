import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { guideSlugs, SHARED_BASE, SHARED_SITE_URL, sharedSite, THIRD, type SharedSite } from './support/shared-site.ts';

/*
 * Adding a language is "files only": in a copy of the project, a third language (Welsh, `cy`)
 * gets a strings file, a printouts file, a guides folder and an exercises folder copied from
 * English, one entry in src/i18n/languages.ts, in the strings table and in the printouts table,
 * and a place in clinic.yaml, and no component changes (the shared build, ./support/shared-site.ts,
 * which carries other files' settings too). The build then has its pages, its search index,
 * sitemap alternates and a switcher entry. The same build counts how often clinic.yaml is read:
 * once, in astro.config.mjs.
 */

let site: SharedSite;
beforeAll(async () => {
	site = await sharedSite();
});

const file = (path: string) => readFileSync(join(site.out, path), 'utf8');
const c = THIRD.code;

test('builds', () => {
	expect(site.status, `${site.stdout}\n${site.stderr}`).toBe(0);
});

test('clinic.yaml is read once in the whole build', () => {
	const reads = readFileSync(site.readLog, 'utf8')
		.trim()
		.split('\n')
		.map((line) => Number(line.split(' ')[1]));
	expect(reads.reduce((a, b) => a + b, 0)).toBe(1);
});

test('every page and guide is built in the new language', () => {
	for (const path of ['', 'guides/', 'plan-your-sessions/', 'medication-dates/', 'search/', ...guideSlugs().map((s) => `guides/${s}/`)]) {
		expect(file(`${c}/${path}index.html`), path).toContain(`<html lang="${THIRD.tag}"`);
	}
});

test('search has an index for the new language', () => {
	const entry = JSON.parse(file('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
	expect(entry.languages[THIRD.tag.toLowerCase()]?.page_count).toBe(entry.languages['en-gb']?.page_count);
});

test('the sitemap gives each page its new-language twin', () => {
	const sitemap = file('sitemap.xml');
	expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="${THIRD.tag}" href="${SHARED_SITE_URL}${SHARED_BASE}${c}/guides/costs/"/>`);
	expect(sitemap).toContain(`<loc>${SHARED_SITE_URL}${SHARED_BASE}${c}/medication-dates/</loc>`);
});

test('the language switcher offers the new language on the twin page', () => {
	expect(file('guides/costs/index.html')).toMatch(new RegExp(`<a href="${SHARED_BASE}${c}/guides/costs/" hreflang="${THIRD.tag}" lang="${THIRD.tag}"[^>]*>`));
	expect(file('tr/index.html')).toMatch(new RegExp(`<a href="${SHARED_BASE}${c}/" hreflang="${THIRD.tag}" lang="${THIRD.tag}"[^>]*>`));
});
