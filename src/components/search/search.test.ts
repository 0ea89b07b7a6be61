import { describe, expect, test } from 'vitest';
import { landingHash, markedWords, readLanding, wordRanges } from './landing.ts';
import { queryFromHash, queryHash } from './query-hash.ts';
import { suggestions } from './suggest.ts';
import { wordList, wordsOf } from './words.ts';

describe('the word list', () => {
	test('splits on anything but letters and lower-cases in the language', () => {
		expect(wordsOf('Fever, or FEVERS? 12 mg', 'en-GB')).toEqual(['fever', 'or', 'fevers', 'mg']);
		expect(wordsOf('İLAÇ ısı IŞIK', 'tr-TR')).toEqual(['ilaç', 'ısı', 'ışık']);
	});
	test('keeps words of three letters or more, most used first, each once', () => {
		expect(wordList(['Fever fever and rest', 'Rest. Of'], 'en-GB')).toEqual(['fever', 'rest', 'and']);
	});
});

describe('suggestions for a search that found nothing', () => {
	const en = ['fever', 'bruising', 'fear', 'ever', 'ibuprofen', 'high'];
	test('a misspelt word gets the nearest words of the guides, nearest and most used first', () => {
		expect(suggestions('fevr', en, 'en-GB')).toEqual(['fever', 'fear']);
		expect(suggestions('ibuprofn', en, 'en-GB')).toEqual(['ibuprofen']);
		expect(suggestions('brusing', en, 'en-GB')).toEqual(['bruising']);
	});
	test('several words: only the unknown ones are put right', () => {
		expect(suggestions('high fevr', en, 'en-GB')).toEqual(['high fever']);
		expect(suggestions('HIGH  fevr!', en, 'en-GB')).toEqual(['high fever']);
	});
	test('nothing close, nothing known to fix, or too short: no suggestion', () => {
		expect(suggestions('zzzzzz', en, 'en-GB')).toEqual([]);
		expect(suggestions('fever', en, 'en-GB')).toEqual([]);
		expect(suggestions('xy', en, 'en-GB')).toEqual([]);
		expect(suggestions('', en, 'en-GB')).toEqual([]);
	});
	test('Turkish: typed without the Turkish letters or with a slip', () => {
		const tr = ['ateş', 'şişlik', 'morarma', 'ağrı'];
		expect(suggestions('atess', tr, 'tr-TR')).toEqual(['ateş']);
		expect(suggestions('morarna', tr, 'tr-TR')).toEqual(['morarma']);
		expect(suggestions('AĞRİ', tr, 'tr-TR')).toEqual([]);
	});
});

describe('the query and the landing travel in the fragment', () => {
	test('the query round-trips, spaces and Turkish letters included', () => {
		expect(queryHash('high fever')).toBe('q=high+fever');
		expect(queryFromHash(`#${queryHash('  ateş & ağrı ')}`)).toBe('ateş & ağrı');
		expect(queryFromHash('#main-content')).toBe('');
		expect(queryFromHash('')).toBe('');
	});
	test('a landing names the section and the words, and other fragments are not landings', () => {
		const hash = landingHash({ at: 'when-to-get-help', words: ['fever', 'fevers'] });
		expect(hash).toBe('at=when-to-get-help&mark=fever+fevers');
		expect(readLanding(`#${hash}`)).toEqual({ at: 'when-to-get-help', words: ['fever', 'fevers'] });
		expect(readLanding(`#${landingHash({ words: ['ateş'] })}`)).toEqual({ words: ['ateş'] });
		expect(readLanding('#costs')).toBeUndefined();
		expect(readLanding('#t=2026-12-11&m=ibuprofen')).toBeUndefined();
	});
	test('the words Pagefind marked, without punctuation, once each', () => {
		expect(markedWords('a <mark>Fever,</mark> or <mark>fevers</mark> and <mark>fever</mark>', 'en-GB')).toEqual(['fever', 'fevers']);
		expect(markedWords('no marks', 'en-GB')).toEqual([]);
	});
	test('marks fall on whole words only, in the language’s case rules', () => {
		expect(wordRanges('Fever: a fever, feverish.', ['fever'], 'en-GB')).toEqual([
			[0, 5],
			[9, 14],
		]);
		expect(wordRanges('İlaç ve ilaç', ['ilaç'], 'tr-TR')).toEqual([
			[0, 4],
			[8, 12],
		]);
	});
});
