import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { guideSchema } from '../../src/lib/site/content/guide-schema.ts';
import { guideBodyText } from '../../scripts/reading-level/guide-text.ts';

/*
 * The Turkish edition (issue 6): every English guide has a Turkish twin with the same file name,
 * topic and order, and the reverse (the language switcher and hreflang pair them by file name);
 * each twin uses the same clinic settings and care cards; and no Turkish guide types a number the
 * clinic settings own, or repeats the source's "infection-based" fault.
 */

const slugsOf = (lang: string) =>
	readdirSync(join('src/content/guides', lang))
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => file.replace(/\.mdx$/, ''))
		.sort();
const sourceOf = (lang: string, slug: string) => readFileSync(join('src/content/guides', lang, `${slug}.mdx`), 'utf8');
const frontMatter = (lang: string, slug: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(sourceOf(lang, slug))?.[1] ?? '') as Record<string, unknown>;
const valueNames = (source: string) => [...new Set([...source.matchAll(/<Value\s+name="(\w+)"/g)].map((m) => m[1]))].sort();
const careCardLevels = (source: string) => [...source.matchAll(/<CareCard\s+level="([\w-]+)"/g)].map((m) => m[1]);

const english = slugsOf('en');
const turkish = slugsOf('tr');

describe('twins', () => {
	test('every English guide has a Turkish twin with the same file name', () => {
		expect(english.filter((slug) => !turkish.includes(slug)), 'English guides without a Turkish twin').toEqual([]);
	});

	test('every Turkish guide has an English twin with the same file name', () => {
		expect(turkish.filter((slug) => !english.includes(slug)), 'Turkish guides without an English twin').toEqual([]);
	});

	describe.each(turkish.filter((slug) => english.includes(slug)))('tr/%s', (slug) => {
		const tr = frontMatter('tr', slug);
		const en = frontMatter('en', slug);

		test('has valid front matter with the same topic and order as its English twin', () => {
			const data = guideSchema.parse(tr);
			expect({ topic: data.topic, order: data.order }).toEqual({ topic: en['topic'], order: en['order'] });
			expect(data.sources.some((source) => source.url !== undefined), 'at least one source readers can open').toBe(true);
		});

		test('cites every published source its English twin cites', () => {
			const urls = (data: Record<string, unknown>) => ((data['sources'] ?? []) as { url?: string }[]).flatMap((s) => (s.url ? [s.url] : []));
			for (const url of urls(en)) expect(urls(tr), url).toContain(url);
		});

		test('shows the same clinic settings and the same care cards as its English twin', () => {
			expect(valueNames(sourceOf('tr', slug))).toEqual(valueNames(sourceOf('en', slug)));
			expect(careCardLevels(sourceOf('tr', slug))).toEqual(careCardLevels(sourceOf('en', slug)));
		});
	});
});

/**
 * What is wrong with a Turkish text: a settings-owned number typed out ("3 gün önce", "6 ay",
 * "3 hafta", "4 ile 15") or the source's "infection-based" fault. `<Value>` tags are already
 * replaced by `[name]` in the text given, so the numbers they show are never flagged.
 */
function typedNumbers(text: string): string[] {
	const patterns = [
		// a number with a unit of time, with or without a suffix: "3 gün", "6 ayda", "3 haftada"
		/(?<![\p{L}\p{N}])\d+\s*(?:gün|hafta|ay)\p{L}*/giu,
		// a range of numbers: "4 ile 15", "4-15", "4–15"
		/(?<![\p{L}\p{N}])\d+\s*(?:ile|-|–|—)\s*\d+/giu,
		// the defaults written out in words
		/(?<!\p{L})(?:üç gün önce|altı ay|üç hafta|yedi gün|dört ile on beş)/giu,
		/enfeksiyon(?:a)?\s*(?:temelli|tabanlı|dayalı)/giu,
	];
	return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

test.each([
	['Tedaviden 3 gün önce ara verin.', ['3 gün']],
	['Seanslar en geç 6 ayda biter.', ['6 ayda']],
	['Yaklaşık 3 hafta sonra rahatlarsınız.', ['3 hafta']],
	['Her seansta 4 ile 15 iğne yapılır.', ['4 ile 15']],
	['Her seansta 4-15 iğne yapılır.', ['4-15']],
	['Tedaviden üç gün önce ara verin.', ['üç gün önce']],
	['Proloterapi enfeksiyon temelli bir tedavidir.', ['enfeksiyon temelli']],
	['Tedaviden [holdDaysBefore] önce ara verin.', []],
	['Her seansta [injectionsPerSession] iğne yapılır.', []],
	["10 kişiden yaklaşık 1'inin ağrısı üç güne kadar sürdü.", []],
	['2021;103(7):395', []],
])('typedNumbers(%j) finds %j', (text, found) => {
	expect(typedNumbers(text)).toEqual(found);
});

describe.each(turkish)('tr/%s', (slug) => {
	test('types no number the clinic settings own, and never says "infection-based"', () => {
		const source = sourceOf('tr', slug);
		const data = frontMatter('tr', slug);
		const text = [String(data['title']), String(data['description']), guideBodyText(source, (name) => `[${name}]`)].join('\n');
		expect(typedNumbers(text)).toEqual([]);
	});
});
