import { describe, expect, test } from 'vitest';
import { countText, formatTable, MAX_SENTENCE_WORDS, measureGuide, measureGuides, readingProblems } from '../../scripts/reading-level.ts';
import { atesmanScore, measures, turkishSyllables } from '../../scripts/reading-level/measures.ts';

/*
 * The Turkish reading-level check: the Ateşman score of every Turkish guide, counted on
 * the same text the English check reads (one measurer, reading-level.ts, for every language).
 * Every count below is counted by hand, one vowel a syllable.
 */

const MIN_SCORE = measures.tr.limit;
const values = (name: string) => ({ holdDaysBefore: '3 gün', bruisingDays: '7 gün' })[name] ?? `<${name}>`;

test.each([
	['proloterapi', 5], // pro-lo-te-ra-pi
	['iğne', 2], // iğ-ne
	['İĞNE', 2], // dotted capital İ is a vowel
	['ILIK', 2], // dotless capital I is a vowel: I-LIK
	['ışık', 2], // ı-şık
	['Öğle', 2], // öğ-le
	['üzüm', 2], // ü-züm
	['hâlâ', 2], // circumflex vowels: hâ-lâ
	['kan', 1],
	['112', 1], // no vowel: a word still counts one syllable
	['MR', 1],
])('turkishSyllables(%j) is %i', (word, syllables) => {
	expect(turkishSyllables(word)).toBe(syllables);
});

test.each([
	// Bu-gün (2) din-le-nin (3): 5 syllables, 2 words, 1 sentence.
	['Bugün dinlenin.', { syllables: 5, words: 2, sentences: 1 }],
	// Kli-ni-ği-ni-zi (5) a-ra-yın (3) | İğ-ne (2) ağ-rı-tır (3) mı (1).
	['Kliniğinizi arayın. İğne ağrıtır mı?', { syllables: 14, words: 5, sentences: 2 }],
	// Ateş (2) 38 (1) de-re-ce-yi (4) ge-çer-se (3) 112'-yi (1) a-ra-yın (3): the apostrophe keeps one word.
	["Ateş 38 dereceyi geçerse 112'yi arayın.", { syllables: 14, words: 6, sentences: 1 }],
	['', { syllables: 0, words: 0, sentences: 0 }],
])('countText(%j)', (text, counts) => {
	expect(countText('tr', text)).toEqual(counts);
});

test.each([
	// 198.825 − 40.175 × 2.5 − 2.610 × 2 = 93.17
	[{ syllables: 5, words: 2, sentences: 1 }, 93.2],
	// 198.825 − 40.175 × 2.8 − 2.610 × 2.5 = 79.81
	[{ syllables: 14, words: 5, sentences: 2 }, 79.8],
	// 198.825 − 40.175 × 3 − 2.610 × 20 = 26.1: long sentences of long words are hard
	[{ syllables: 60, words: 20, sentences: 1 }, 26.1],
	[{ syllables: 0, words: 0, sentences: 0 }, 0],
])('atesmanScore(%j) is %d', (counts, score) => {
	expect(atesmanScore(counts)).toBe(score);
});

describe('measureGuide and readingProblems in Turkish', () => {
	test('reads only the text a patient reads, with each <Value> in Turkish', () => {
		const source = [
			'---',
			'title: Tedaviye hazırlık',
			'sources:',
			'  - title: Uzun bir kaynak başlığı, sayfada okunmaz ve sayılmaz',
			'---',
			"import Thing from './thing.astro';",
			'## İyi beslenin',
			'',
			'**Mercimek** yiyin. Ağrı kesiciye <Value name="holdDaysBefore" /> önce ara verin. <PageLink to="medication">Tarihleri bulun</PageLink>.',
			'',
			'<CareCard level="urgent" title="Hemen arayın:">',
			'',
			'- ateşiniz varsa',
			'',
			'</CareCard>',
		].join('\n');
		const reading = measureGuide('tr', 'hazirlik', source, values);
		// Sentences: "İyi beslenin." "Mercimek yiyin." "Ağrı kesiciye 3 gün önce ara verin." "Tarihleri bulun." "Hemen arayın." "Ateşiniz varsa."
		// Words: 2 + 2 + 7 + 2 + 2 + 2 = 17.
		// Syllables: İ-yi bes-le-nin 5 | Mer-ci-mek yi-yin 5 | Ağ-rı ke-si-ci-ye 3 gün ön-ce a-ra ve-rin 14 |
		// Ta-rih-le-ri bu-lun 6 | He-men a-ra-yın 5 | A-te-şi-niz var-sa 6 = 41.
		expect(reading).toMatchObject({ guide: 'hazirlik', words: 17, sentences: 6, syllables: 41, longest: 7 });
		expect(reading.longestSentence).toBe('Ağrı kesiciye 3 gün önce ara verin.');
		expect(reading.score).toBe(atesmanScore({ syllables: 41, words: 17, sentences: 6 }));
		expect(readingProblems(reading)).toEqual([]);
	});

	test('a long sentence of long words fails, with a message that says what to change', () => {
		const long =
			'Proloterapi uygulamasından önce hekiminiz tarafından gerçekleştirilen kapsamlı muayenelerin ve manyetik rezonans görüntülemelerinin ardından enjeksiyon uygulanacak bölgelerin belirlenmesi, tedavinin başarısı açısından oldukça önemli bir aşamayı oluşturmaktadır ve bu aşamada hastanın iş birliği beklenmektedir.';
		const reading = measureGuide('tr', 'zor', long, values);
		expect(reading.longest).toBeGreaterThan(MAX_SENTENCE_WORDS);
		expect(reading.score).toBeLessThan(MIN_SCORE);
		const problems = readingProblems(reading);
		expect(problems[0]).toMatch(new RegExp(`^zor: Ateşman score -?\\d+(\\.\\d)? is below ${MIN_SCORE}; use shorter sentences and shorter words\\.$`));
		expect(problems[1]).toMatch(/^zor: this sentence has \d+ words \(at most 20\): "Proloterapi uygulamasından/);
	});
});

test('formatTable prints the Turkish table: one row a guide and marks a score below the target', () => {
	const row = { lang: 'tr' as const, longestSentence: '', tooLong: [], syllables: 0 };
	expect(
		formatTable('tr', [
			{ guide: 'costs', words: 138, sentences: 24, longest: 9, score: 78.4, ...row },
			{ guide: 'preparation', words: 394, sentences: 62, longest: 11, score: 65.2, ...row },
		]),
	).toBe(
		[
			'guide        words  sentences  longest  score',
			'costs          138         24        9   78.4',
			'preparation    394         62       11   65.2 *',
		].join('\n'),
	);
});

describe('every Turkish guide', async () => {
	const readings = await measureGuides('tr');
	console.log(`Turkish guides, Ateşman score (limit ${MIN_SCORE}, target 70 or above):\n${formatTable('tr', readings)}`);

	test('there are ten guides to measure', () => {
		expect(readings).toHaveLength(10);
	});

	test.each(readings.map((r) => [r.guide, r]))(`%s scores ${MIN_SCORE} or more with no sentence over ${MAX_SENTENCE_WORDS} words`, (_guide, reading) => {
		expect(readingProblems(reading)).toEqual([]);
		expect(reading.words).toBeGreaterThan(100);
	});
});
