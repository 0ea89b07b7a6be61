import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageCodes, type Lang } from '../../src/i18n/index.ts';
import { careLevels, signsFor, warningSigns, type CareLevel } from '../../src/lib/site/content/warning-signs.ts';
import { at } from './support/site.ts';

/*
 * The warning signs as the built site serves them (issue 21): every page type that shows a
 * care card (the side-effects and aftercare guides, the exercise overview and every sheet, both
 * calculators, whose cards also print) shows the same signs for each level, in every language,
 * and the phrases the clinical review struck out are on no page. Plain HTTP, no browser: about
 * 1 s for the 26 pages.
 */

const sheets = ['elbow', 'hip', 'knee', 'lower-back', 'shoulder', 'wrist-hand'] as const;
const pages = ['guides/side-effects/', 'guides/aftercare/', 'exercises/', ...sheets.map((s) => `exercises/${s}/`), 'plan-your-sessions/', 'medication-dates/'];

interface Card {
	title: string;
	signs: { id: string; text: string }[];
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/** The care cards of a page, by level, as served. */
function cardsOf(html: string): Partial<Record<CareLevel, Card>> {
	const cards: Partial<Record<CareLevel, Card>> = {};
	for (const part of html.split(/(?=<div[^>]*\bdata-care-level=)/).slice(1)) {
		const level = /data-care-level="([\w-]+)"/.exec(part)?.[1] as CareLevel;
		const body = part.slice(0, part.indexOf('</ul>'));
		const heading = /<h[234][^>]*>([\s\S]*?)<\/h[234]>/.exec(body)?.[1] ?? '';
		const title = text(heading.replace(/<span class="care-card__level[^"]*">[\s\S]*?<\/span>/, ''));
		const signs = [...body.matchAll(/<li[^>]*data-sign="(\w+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => ({ id: m[1] ?? '', text: text(m[2] ?? '') }));
		expect(cards[level], `one ${level} card a page`).toBeUndefined();
		cards[level] = { title, signs };
	}
	return cards;
}

const served = new Map<string, Partial<Record<CareLevel, Card>>>();
async function cards(lang: Lang, path: string) {
	const url = at(lang, path);
	if (!served.has(url)) {
		const response = await fetch(url);
		expect(response.status, url).toBe(200);
		served.set(url, cardsOf(await response.text()));
	}
	return served.get(url) ?? {};
}

describe.each(languageCodes)('in %s', (lang) => {
	test('every page type with cards shows urgent and emergency cards, the side-effects guide all three', async () => {
		for (const path of pages) {
			const levels = Object.keys(await cards(lang, path)).sort();
			expect(levels, path).toEqual(path === 'guides/side-effects/' ? ['emergency', 'non-urgent', 'urgent'] : ['emergency', 'urgent']);
		}
	});

	test.each(careLevels)('every %s card shows the same heading and signs, all of the shared set, in its order', async (level) => {
		const shown = (await Promise.all(pages.map(async (path) => [path, (await cards(lang, path))[level]] as const))).filter(([, card]) => card);
		const [first] = shown;
		expect(first?.[1]?.signs.map((s) => s.id)).toEqual(signsFor(level).map((s) => s.id));
		for (const sign of first?.[1]?.signs ?? []) expect(/^[\p{Ll}\d][^{}]{10,}$/u.test(sign.text), `${sign.id}: ${sign.text}`).toBe(true);
		for (const [path, card] of shown) expect(card, path).toEqual(first?.[1]);
	});

	test('the signs tied to injection sites are on the sheets near those sites (the shoulder sheet shows the collapsed lung)', async () => {
		for (const sign of warningSigns) {
			for (const sheet of 'sheets' in sign ? sign.sheets : []) {
				const card = (await cards(lang, `exercises/${sheet}/`))[sign.level];
				expect(card?.signs.map((s) => s.id), `${sheet}: ${sign.id}`).toContain(sign.id);
			}
		}
	});
});

/** What the clinical and Turkish reviews struck out (file and line in /work/shared/reviews). */
const struckOut: [why: string, pattern: RegExp][] = [
	['blanket ban on anti-inflammatories (S4)', /Do not take anti-inflammatory painkillers|unless your clinic says you can|Klinik izin vermedikçe iltihap giderici/i],
	['"a sharp scratch" (T3)', /sharp scratch|keskin bir batma/i],
	['the unsourced dextrose and blood-sugar claim (T11)', /raise your blood sugar|kan şekerinizi kısa bir süre yükselt/i],
	['"kafanız karışıyorsa" for confusion (Turkish review S1)', /kafanız karışıyorsa/i],
	['relief "around 3 weeks" as a general finding, not the clinic’s experience (T9)', /many people start to feel some relief|(Pek çok|Birçok) kişi,? (ilk seanstan|biraz rahatlama)/i],
];

test.each(struckOut)('no built page says %s', (_why, pattern) => {
	const dir = process.env['SITE_DIR'] ?? 'dist';
	const html = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	expect(html.length).toBeGreaterThan(40);
	const saying = html.filter((file) => pattern.test(text(readFileSync(join(dir, file), 'utf8'))));
	expect(saying).toEqual([]);
});
