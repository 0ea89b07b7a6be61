import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatLongDate } from '../../src/i18n/index.ts';
import { CHANGED, guideSlugs, pageOf, SHARED_BASE, SHARED_SITE_URL, sharedSite, type SharedSite } from './support/shared-site.ts';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from '../support/patience.ts';

/*
 * The clinic's numbers reach every page that mentions them, for real: the site is built with a
 * clinic.yaml that changes the medicine hold, the course limit and the reviewer's name (the
 * shared build, ./support/shared-site.ts, under /patients/), and every page shows the new values.
 * (tests/unit/guides-settings.test.ts checks the sources say them with <Value>.)
 */

const slugs = guideSlugs();
const sourceOf = (slug: string) => readFileSync(join('src/content/guides/en', `${slug}.mdx`), 'utf8');

// First in the file: it runs while the shared build (which the tests below wait for) is still going.
describe('a strict build with the example clinic', () => {
	let result: { status: number | null; output: string };
	beforeAll(() => {
		const run = spawnSync('astro', ['build', '--strict', '--outDir', join(mkdtempSync(join(tmpdir(), 'strict-')), 'dist')], { encoding: 'utf8', timeout: BUILD_TIMEOUT });
		result = { status: run.status, output: run.stdout + run.stderr };
	}, BUILD_TEST_TIMEOUT);

	test('refuses, and names each example detail', () => {
		expect(result.status).toBe(1);
		expect(result.output).toContain('clinic.yaml still has the example clinic’s details, so this strict build stops.');
		for (const setting of ['clinic.name', 'clinic.address[1]', 'clinic.phone', 'clinic.email', 'clinic.reviewer.name', 'site.url']) {
			expect(result.output).toContain(`  - ${setting} is "`);
		}
		expect(result.output).not.toContain('page(s) built');
	});
});

describe('a build with changed clinic settings', () => {
	const reviewer = CHANGED.reviewer;
	let built: SharedSite;
	beforeAll(async () => {
		built = await sharedSite();
	});

	const page = (path: string) => pageOf(built.out, path);
	const mainText = (html: string) =>
		(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
			.replace(/&amp;/g, '&')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/\s+/g, ' ');

	test('builds', () => {
		expect(built.status, built.stderr).toBe(0);
	});

	test('warns once that the example clinic’s details are still there, naming the file and each one', () => {
		const output = built.stdout + built.stderr;
		expect(output.split('still has the example clinic’s details').length - 1).toBe(1);
		expect(output).toContain('still has the example clinic’s details. Replace them before you publish this site:');
		for (const setting of ['clinic.name', 'clinic.phone', 'clinic.email', 'site.url']) expect(output).toContain(`  - ${setting} is "`);
	});

	test.each(slugs)('guides/%s/ shows the new hold and course limit wherever it mentions them', (slug) => {
		const text = mainText(page(`guides/${slug}`));
		const src = sourceOf(slug);
		if (src.includes('<Value name="holdDaysBefore" />')) expect(text).toContain(`${CHANGED.holdDaysBefore} days before`);
		if (src.includes('<Value name="courseMaxMonths" />')) expect(text).toContain(`within ${CHANGED.courseMaxMonths} months`);
		expect(text).not.toMatch(/\b3 days before\b|\b6 months\b/);
	});

	test('the Turkish guides follow too', () => {
		expect(mainText(page('tr/guides/preparation'))).toContain(`${CHANGED.holdDaysBefore} gün`);
	});

	test.each(slugs)('guides/%s/ has MedicalWebPage data that matches what the page shows, safely escaped', (slug) => {
		const html = page(`guides/${slug}`);
		const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
		expect(scripts).toHaveLength(1);
		const json = scripts[0]?.[1] ?? '';
		expect(json).not.toMatch(/[<>&]/);
		const data = JSON.parse(json) as Record<string, unknown> & { reviewedBy: { name: string; jobTitle: string } };
		expect(data['@type']).toBe('MedicalWebPage');
		const reviewed = /^lastReviewed: (\S+)$/m.exec(sourceOf(slug))?.[1] ?? '';
		expect(data['lastReviewed']).toBe(reviewed);
		const text = mainText(html);
		expect(text).toContain(`Page last reviewed: ${formatLongDate(reviewed, 'en')}`);
		expect(data.reviewedBy.name).toBe(reviewer);
		expect(text).toContain(`by ${reviewer}, ${data.reviewedBy.jobTitle}`);
		expect(data['url']).toBe(`${SHARED_SITE_URL}${SHARED_BASE}guides/${slug}/`);
	});

	test('links inside guides follow the base path and the language', () => {
		expect(page('guides/preparation')).toContain(`href="${SHARED_BASE}medication-dates/"`);
		expect(page('guides/aftercare')).toContain(`href="${SHARED_BASE}plan-your-sessions/"`);
		expect(page('tr/guides/preparation')).toContain(`href="${SHARED_BASE}tr/medication-dates/"`);
	});
});
