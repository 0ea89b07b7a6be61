import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { exerciseAreas, exerciseCatalogue } from '../../src/lib/site/exercise/catalogue.ts';
import { projectCopy } from './support/project-copy.ts';
import { pageOf, SHARED_BASE, SHARED_SITE_URL, sharedSite, THIRD, WALL_SIT, type SharedSite } from './support/shared-site.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from '../support/patience.ts';

/*
 * Whole builds with a clinic's own exercise choices (issue 17): the site publishes exactly the
 * sheets and exercises clinic.yaml names, plus the clinic's own exercise with its picture, and
 * links to nothing else (the shared build, ./support/shared-site.ts: the knee sheet only plus one
 * exercise of the clinic's own, in three languages, under /patients/); a clinic that publishes
 * none shows the general exercise guide only (a build of its own, at the root of the site).
 */

/** The languages other than the default, as their folders: '' is the default language. */
const LANGS = ['', 'tr/', `${THIRD.code}/`];

/** The exercise pages a page links to, without the base: sheets, and the general guide in a language. */
const sheetLinks = (html: string, base: string) =>
	[...new Set([...html.matchAll(new RegExp(`href="${base}((?:[a-z]{2}/)?exercises/[^"#]*)"`, 'g'))].map((m) => m[1]))].sort();
const areaSheetLinks = (html: string, base: string) => sheetLinks(html, base).filter((href) => !/^([a-z]{2}\/)?exercises\/$/.test(href ?? ''));

// First in the file: it runs while the shared build (which the tests below wait for) is still going.
test('a clinic that publishes no sheet shows the general exercise guide only', () => {
	const dir = mkdtempSync(join(tmpdir(), 'exercise-clinic-'));
	const file = join(dir, 'clinic.yaml');
	const example = parse(readFileSync('clinic.yaml', 'utf8')) as Record<string, unknown>;
	writeFileSync(file, stringify({ ...example, exercises: { areas: [] } }));
	const out = join(dir, 'out');
	const result = spawnSync('astro', ['build', '--outDir', out], {
		cwd: projectCopy('exercise-clinic-none-'),
		env: { ...process.env, CLINIC_SETTINGS: file, BASE_PATH: '/', SITE_URL: 'https://clinic.example' },
		encoding: 'utf8',
		timeout: BUILD_TIMEOUT,
	});
	expect(result.status, result.stderr).toBe(0);
	for (const area of exerciseAreas) expect(existsSync(join(out, 'exercises', area)), area).toBe(false);
	const general = pageOf(out, 'exercises');
	expect(general).toContain('The first 48 hours');
	expect(general).toContain('Your clinic gives you your own exercises.');
	expect(sheetLinks(pageOf(out, 'guides'), '/')).toEqual(['exercises/']);
}, BUILD_TEST_TIMEOUT);

describe('a clinic that publishes only the knee sheet plus one exercise of its own', () => {
	let site: SharedSite;
	beforeAll(async () => {
		site = await sharedSite();
		expect(site.status, site.stderr).toBe(0);
	});
	const page = (path: string) => pageOf(site.out, path);

	test('builds the general guide and the knee sheet in each language, and no other sheet', () => {
		for (const lang of LANGS) {
			expect(readdirSync(join(site.out, lang, 'exercises')).sort(), lang || 'en').toEqual(['index.html', 'knee']);
		}
		const sitemap = readFileSync(join(site.out, 'sitemap.xml'), 'utf8');
		const listed = [...sitemap.matchAll(new RegExp(`<loc>${SHARED_SITE_URL}${SHARED_BASE}((?:[a-z]{2}/)?exercises/[^<]*)</loc>`, 'g'))].map((m) => m[1]);
		expect(listed.sort()).toEqual(LANGS.flatMap((lang) => [`${lang}exercises/`, `${lang}exercises/knee/`]).sort());
	});

	test.each(LANGS.map((lang) => [lang, (lang.slice(0, -1) || 'en') as keyof typeof WALL_SIT.title]))(
		'the %sknee sheet shows the site’s four knee exercises, then the clinic’s own, each in its tick chart',
		(lang, code) => {
			const html = page(`${lang}exercises/knee`);
			const headings = [...html.matchAll(/<h2 id="([^"]+)" class="exercise__title"/g)].map((m) => m[1]);
			expect(headings).toEqual([...exerciseCatalogue.knee, `own-${WALL_SIT.id}`]);
			expect(html).toContain(WALL_SIT.title[code]);
			const src = `${SHARED_BASE}${WALL_SIT.image.slice(1)}`.replaceAll('.', '\\.');
			const alt = WALL_SIT.imageAlt[code];
			expect(html).toMatch(new RegExp(`<img[^>]*src="${src}"[^>]*alt="${alt}"|<img[^>]*alt="${alt}"[^>]*src="${src}"`));
			expect(html.match(/<th scope="row"/g)).toHaveLength(5);
		},
	);

	test('the guide list, the aftercare guide and the body map link to the knee sheet only', () => {
		for (const path of ['guides', 'guides/aftercare', 'guides/who-it-is-for', 'exercises']) {
			expect(areaSheetLinks(page(path), SHARED_BASE), path).toEqual(['exercises/knee/']);
		}
	});

	test('the planner’s "exercise programme starts" line links to the knee sheet', () => {
		// The island's props are in the page; the line shows once a patient has a plan.
		expect(page('plan-your-sessions')).toMatch(new RegExp(`exercise[^>]*${SHARED_BASE}exercises/knee/`));
	});
});
