import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { languageCodes, strings, type Lang } from '../../../i18n/index.ts';
import { measureGuide, readingProblems } from '../../../../scripts/reading-level.ts';
import { cardKeys, careLevels, MAX_SIGNS_PER_CARD, signKey, signSources, signsFor, warningSigns } from './warning-signs.ts';

/*
 * The one set of warning signs (docs/warning-signs.md): complete by the clinical review's S1,
 * in the NHS card pattern, worded in every language, plain enough to read, and the same in the
 * clinician's document as on the site.
 */

const doc = readFileSync('docs/warning-signs.md', 'utf8');
const words = (lang: Lang, id: (typeof warningSigns)[number]['id']) => strings[lang][signKey(id)];

describe('the warning signs', () => {
	test.each(careLevels)('the %s card has 1 to 5 signs, a title and (urgent only) a note, in every language', (level) => {
		const signs = signsFor(level);
		expect(signs.length).toBeGreaterThan(0);
		expect(signs.length).toBeLessThanOrEqual(MAX_SIGNS_PER_CARD);
		for (const lang of languageCodes) {
			expect(strings[lang][cardKeys[level].title]).toMatch(/:$/);
			for (const sign of signs) expect(words(lang, sign.id).trim().length, `${lang} ${sign.id}`).toBeGreaterThan(0);
		}
		expect(cardKeys[level].note !== undefined).toBe(level === 'urgent');
	});

	test('every sign names published sources, and every site-tied sign names the sheets near its sites', () => {
		for (const sign of warningSigns) {
			expect(sign.sources.length, sign.id).toBeGreaterThan(0);
			for (const source of sign.sources) expect(Object.keys(signSources)).toContain(source);
			if ('sites' in sign) expect(sign.sheets.length, sign.id).toBeGreaterThan(0);
		}
	});

	// The review's S1: each sign at its level, and site-tied where it says so.
	test.each([
		['spinalNerve', 'emergency', ['lower-back', 'hip', 'sacroiliac-joint'], /leg becomes weak.*numb between your legs or around your bottom/],
		['bladderBowel', 'emergency', ['lower-back', 'hip', 'sacroiliac-joint'], /bladder or bowels/],
		['collapsedLung', 'emergency', ['chest', 'ribs', 'neck', 'shoulder-blade'], /chest pain.*hard to breathe.*even hours later/s],
		['allergy', 'emergency', [], /lips, tongue or throat.*rash.*fit/],
		['meningitisSepsis', 'emergency', [], /fever.*stiff neck.*headache.*bright light.*confused/],
		['weakness', 'urgent', [], /weak/],
		['infection', 'urgent', [], /fever.*red, hot and more swollen/],
		['painWorse', 'urgent', [], /severe pain.*worse after the first 2 to 3 days instead of better/],
		['numbingReaction', 'urgent', [], /dizzy.*blurred vision.*twitching/],
		['spinalHeadache', 'urgent', ['spine'], /headache.*sit or stand/],
	] as const)('%s is an %s sign', (id, level, sites, english) => {
		const sign = warningSigns.find((s) => s.id === id);
		expect(sign?.level).toBe(level);
		for (const site of sites) expect(sign && 'sites' in sign ? sign.sites : []).toContain(site);
		expect(words('en', id)).toMatch(english);
	});

	test('the urgent note gives the time window for infection', () => {
		expect(strings.en['careCard.urgent.note']).toMatch(/sign of infection.*first 2 weeks after a session/s);
		expect(strings.tr['careCard.urgent.note']).toMatch(/enfeksiyon belirtisi.*ilk 2 haftada/s);
	});

	test('the Turkish signs carry the Turkish review’s corrections (S1: bilinç bulanıklığı, not "kafanız karışıyorsa")', () => {
		const all = warningSigns.map((s) => words('tr', s.id)).join('\n');
		expect(all).not.toMatch(/kafanız karış/);
		expect(words('tr', 'meningitisSepsis')).toContain('bilinciniz bulanıklaşıyorsa');
		expect(strings.tr['careCard.nonUrgent.title']).toContain('mesai saatlerinde');
	});

	/** A card's words as a guide would hold them, for the reading-level checks. */
	const cardsAsText = (lang: Lang) =>
		careLevels
			.map((level) => {
				const note = cardKeys[level].note;
				const bullets = signsFor(level).map((s) => `- ${words(lang, s.id).replace(/\{(\w+)\}/g, '<Value name="$1" />')}`);
				return [`## ${strings[lang][cardKeys[level].title]}`, '', ...bullets, '', ...(note ? [strings[lang][note]] : [])].join('\n');
			})
			.join('\n\n');
	const values = (lang: Lang) => (name: string) => (name === 'bruisingDays' ? (lang === 'en' ? '7 days' : '7 gün') : name);

	test('the cards read plainly in English: grade 6 or lower, no sentence over 20 words', () => {
		expect(readingProblems(measureGuide('en', 'cards/en', cardsAsText('en'), values('en')))).toEqual([]);
	});

	test('the cards read plainly in Turkish: Ateşman 65 or more, no sentence over 20 words', () => {
		expect(readingProblems(measureGuide('tr', 'cards/tr', cardsAsText('tr'), values('tr')))).toEqual([]);
	});

	test('docs/warning-signs.md lists every sign word for word, in every language, with its sources', () => {
		for (const sign of warningSigns) {
			expect(doc, sign.id).toContain(`### \`${sign.id}\``);
			for (const lang of languageCodes) expect(doc, `${lang} ${sign.id}`).toContain(`- ${lang}: ${words(lang, sign.id)}`);
			for (const source of sign.sources) expect(doc).toContain(signSources[source]);
		}
		const documented = [...doc.matchAll(/^### `(\w+)`$/gm)].map((m) => m[1]);
		expect(documented).toEqual(warningSigns.map((s) => s.id));
		for (const level of careLevels) {
			for (const lang of languageCodes) expect(doc).toContain(strings[lang][cardKeys[level].title]);
		}
	});
});
