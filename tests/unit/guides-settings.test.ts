import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { guideBodyText, sentencesOf } from '../../scripts/reading-level.ts';

/*
 * The clinic's numbers reach every page that mentions them. First, in the sources: every
 * sentence about the medicine hold or the course limit says it with <Value>. Then for real:
 * the site is built with a clinic.yaml that changes both, and every page shows the new numbers.
 */

const folder = 'src/content/guides/en';
const slugs = readdirSync(folder)
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.replace(/\.mdx$/, ''));
const sourceOf = (slug: string) => readFileSync(join(folder, `${slug}.mdx`), 'utf8');
/** A guide's sentences as patients read them, with each setting shown as its name in brackets. */
const sentences = (slug: string) => sentencesOf(guideBodyText(sourceOf(slug), (name) => `[${name}]`));

/** A length of time written out: "3 days", "two weeks", "a few days". */
const timeSpan = /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(days?|weeks?|months?)\b/i;

/** What a sentence about each setting looks like; such a sentence must give the time with <Value>. */
const mentions = [
	{ name: 'holdDaysBefore', about: (s: string) => /\b(stop|pause|not to take|none)\b/i.test(s) && /\bbefore (your )?treatment\b/i.test(s) && timeSpan.test(s.replace(/\[\w+\]/g, '')) },
	{ name: 'courseMaxMonths', about: (s: string) => /\bmonths\b|\b(finished|completed) within\b/i.test(s) },
] as const;

describe.each(mentions)('every sentence about $name', ({ name, about }) => {
	test.each(slugs)('in %s gives it with <Value>', (slug) => {
		for (const sentence of sentences(slug).filter(about)) expect(sentence).toContain(`[${name}]`);
	});
});

test('the guides do mention the hold and the course limit, always through <Value>', () => {
	const all = slugs.flatMap(sentences);
	expect(all.filter((s) => s.includes('[holdDaysBefore]')).length).toBeGreaterThanOrEqual(3);
	expect(all.filter((s) => s.includes('[courseMaxMonths]')).length).toBeGreaterThanOrEqual(4);
	expect(all.filter((s) => mentions[0].about(s.replace(/\[holdDaysBefore\]/g, '3 days'))).length).toBeGreaterThanOrEqual(3);
});

describe('a build with changed clinic settings', () => {
	const dir = mkdtempSync(join(tmpdir(), 'guide-settings-'));
	const out = join(dir, 'dist');
	/** A reviewer name that would break out of a <script> element if it were not escaped. */
	const reviewer = 'Dr Test </script><b>&amp; Co</b>';
	let built: { status: number | null; stderr: string };

	beforeAll(() => {
		const file = join(dir, 'clinic.yaml');
		const example = readFileSync('clinic.yaml', 'utf8');
		const changed = example
			.replace(/holdDaysBefore: 3\b/, 'holdDaysBefore: 9')
			.replace(/courseMaxMonths: 6\b/, 'courseMaxMonths: 11')
			.replace(/name: Dr Ayşe Example/, `name: "${reviewer}"`);
		expect(changed).not.toBe(example);
		writeFileSync(file, changed);
		const result = spawnSync('astro', ['build', '--outDir', out], {
			env: { ...process.env, CLINIC_SETTINGS: file, BASE_PATH: '/sub/' },
			encoding: 'utf8',
			timeout: 150_000,
		});
		built = { status: result.status, stderr: result.stderr };
	}, 160_000);

	const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
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

	test.each(slugs)('guides/%s/ shows the new hold and course limit wherever it mentions them', (slug) => {
		const text = mainText(page(`guides/${slug}`));
		const src = sourceOf(slug);
		if (src.includes('<Value name="holdDaysBefore" />')) expect(text).toContain('9 days before');
		if (src.includes('<Value name="courseMaxMonths" />')) expect(text).toContain('within 11 months');
		expect(text).not.toMatch(/\b3 days before\b|\b6 months\b/);
	});

	test('the Turkish guides follow too', () => {
		expect(mainText(page('tr/guides/preparation'))).toContain('9 gün');
	});

	test.each(slugs)('guides/%s/ has MedicalWebPage data that matches what the page shows, safely escaped', (slug) => {
		const html = page(`guides/${slug}`);
		const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
		expect(scripts).toHaveLength(1);
		const json = scripts[0]?.[1] ?? '';
		expect(json).not.toMatch(/[<>&]/);
		const data = JSON.parse(json) as Record<string, unknown> & { reviewedBy: { name: string; jobTitle: string } };
		expect(data['@type']).toBe('MedicalWebPage');
		expect(data['lastReviewed']).toBe('2026-11-20');
		const text = mainText(html);
		expect(text).toContain('Page last reviewed: 20 November 2026');
		expect(data.reviewedBy.name).toBe(reviewer);
		expect(text).toContain(`by ${reviewer}, ${data.reviewedBy.jobTitle}`);
		expect(data['url']).toBe(`https://riverside-clinic.example/sub/guides/${slug}/`);
	});

	test('links inside guides follow the base path and the language', () => {
		expect(page('guides/preparation')).toContain('href="/sub/medication-dates/"');
		expect(page('guides/aftercare')).toContain('href="/sub/plan-your-sessions/"');
	});
});
