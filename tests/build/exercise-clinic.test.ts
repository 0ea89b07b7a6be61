import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { exerciseAreas, exerciseCatalogue } from '../../src/lib/site/exercise/catalogue.ts';

/*
 * Whole builds with a clinic's own exercise choices (issue 17): the site publishes exactly the
 * sheets and exercises clinic.yaml names, plus the clinic's own exercise with its picture, and
 * links to nothing else; a clinic that publishes none shows the general exercise guide only.
 */

const example = parse(readFileSync('clinic.yaml', 'utf8')) as Record<string, unknown>;
const wallSit = {
	id: 'wall-sit',
	area: 'knee',
	title: { en: 'Wall sit', tr: 'Duvarda oturma' },
	steps: { en: ['Stand with your back to a wall.', 'Slide down a little, then up.'], tr: ['Sırtınızı duvara verin.', 'Biraz kayın, sonra kalkın.'] },
	howMany: { en: '5 times, once a day.', tr: '5 kez, günde 1 kez.' },
	// A file that is in public/, as a clinic's own picture must be.
	image: '/logo.svg',
	imageAlt: { en: 'A person leaning on a wall with bent knees.', tr: 'Dizleri bükülü, duvara yaslanan bir kişi.' },
};

/** Builds the site with the example clinic's settings and these exercise settings; returns the output folder. */
function buildWith(exercises: unknown): string {
	const dir = mkdtempSync(join(tmpdir(), 'exercise-clinic-'));
	const file = join(dir, 'clinic.yaml');
	writeFileSync(file, stringify({ ...example, exercises }));
	const out = join(dir, 'out');
	const result = spawnSync('astro', ['build', '--outDir', out], {
		env: { ...process.env, CLINIC_SETTINGS: file, BASE_PATH: '/', SITE_URL: 'https://clinic.example' },
		encoding: 'utf8',
		timeout: 120_000,
	});
	expect(result.status, result.stderr).toBe(0);
	return out;
}

const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** The exercise pages a page links to: sheets, and the general guide in the page's own language. */
const sheetLinks = (html: string) => [...new Set([...html.matchAll(/href="(\/(?:tr\/)?exercises\/[^"#]*)"/g)].map((m) => m[1]))].sort();
const areaSheetLinks = (html: string) => sheetLinks(html).filter((href) => !/^\/(tr\/)?exercises\/$/.test(href ?? ''));

/** A whole build takes a while on a loaded machine. */
const BUILD_TIMEOUT = 180_000;

describe('a clinic that publishes only the knee sheet plus one exercise of its own', () => {
	let out = '';
	beforeAll(() => {
		out = buildWith({ areas: ['knee'], own: [wallSit] });
	}, BUILD_TIMEOUT);

	test('builds the general guide and the knee sheet in each language, and no other sheet', () => {
		for (const lang of ['', 'tr/']) {
			expect(readdirSync(join(out, lang, 'exercises')).sort(), lang || 'en').toEqual(['index.html', 'knee']);
		}
		const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
		const listed = [...sitemap.matchAll(/<loc>https:\/\/clinic\.example(\/(?:tr\/)?exercises\/[^<]*)<\/loc>/g)].map((m) => m[1]);
		expect(listed.sort()).toEqual(['/exercises/', '/exercises/knee/', '/tr/exercises/', '/tr/exercises/knee/']);
	});

	test.each([
		['', 'Wall sit', 'A person leaning on a wall with bent knees.'],
		['tr/', 'Duvarda oturma', 'Dizleri bükülü, duvara yaslanan bir kişi.'],
	])('the %sknee sheet shows the site’s four knee exercises, then the clinic’s own, each in its tick chart', (lang, title, alt) => {
		const html = page(out, `${lang}exercises/knee`);
		const headings = [...html.matchAll(/<h2 id="([^"]+)" class="exercise__title"/g)].map((m) => m[1]);
		expect(headings).toEqual([...exerciseCatalogue.knee, 'own-wall-sit']);
		expect(html).toContain(title);
		expect(html).toMatch(new RegExp(`<img[^>]*src="/logo\\.svg"[^>]*alt="${alt}"|<img[^>]*alt="${alt}"[^>]*src="/logo\\.svg"`));
		expect(html.match(/<th scope="row"/g)).toHaveLength(5);
	});

	test('the guide list, the aftercare guide and the body map link to the knee sheet only', () => {
		for (const path of ['guides', 'guides/aftercare', 'guides/who-it-is-for', 'exercises']) {
			expect(areaSheetLinks(page(out, path)), path).toEqual(['/exercises/knee/']);
		}
	});

	test('the planner’s "exercise programme starts" line links to the knee sheet', () => {
		// The island's props are in the page; the line shows once a patient has a plan.
		expect(page(out, 'plan-your-sessions')).toMatch(/exercise[^>]*\/exercises\/knee\//);
	});

});

test('a clinic that publishes no sheet shows the general exercise guide only', () => {
	const out = buildWith({ areas: [] });
	for (const area of exerciseAreas) expect(existsSync(join(out, 'exercises', area)), area).toBe(false);
	const general = page(out, 'exercises');
	expect(general).toContain('The first 48 hours');
	expect(general).toContain('Your clinic gives you your own exercises.');
	expect(sheetLinks(page(out, 'guides'))).toEqual(['/exercises/']);
}, BUILD_TIMEOUT);
