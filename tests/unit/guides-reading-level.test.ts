import { describe, expect, test } from 'vitest';
import { formatTable, MAX_SENTENCE_WORDS, measureGuide, measureGuides, readingProblems } from '../../scripts/reading-level.ts';
import { guideBodyText, sentencesOf, wordCount } from '../../scripts/reading-level/guide-text.ts';
import { measures } from '../../scripts/reading-level/measures.ts';

/* The reading-level check (docs/clinical-rules.md, "How the guides are written"): how the text is taken out of MDX, how it is counted, and every English guide. */

const MAX_GRADE = measures.en.limit;
const values = (name: string) => ({ holdDaysBefore: '3 days', bruisingDays: '7 days' })[name] ?? `<${name}>`;

describe('guideBodyText', () => {
	test('drops front matter, imports and comments, and reads each block as a sentence', () => {
		const source = [
			'---',
			'title: Preparing',
			'sources:',
			'  - title: A very long source title that is not read by patients on the page at all',
			'---',
			"import Thing from './thing.astro';",
			'{/* a note for editors */}',
			'## Eat well',
			'',
			'Eat **protein**, like [lentils](https://example.org/).',
			'It helps.',
			'',
			'- eggs',
			'* fish?',
			'1. beans',
		].join('\n');
		expect(guideBodyText(source, values)).toBe('Eat well.\nEat protein, like lentils. It helps.\nEggs.\nFish?\nBeans.');
	});

	test('puts the clinic’s value in place of each <Value> and keeps a link’s text', () => {
		const source = 'Stop them for <Value name="holdDaysBefore" /> before.{\' \'}<PageLink to="medication">Work out your dates</PageLink>.';
		expect(guideBodyText(source, values)).toBe('Stop them for 3 days before. Work out your dates.');
	});

	test('reads a component’s title as a heading, and its children as text', () => {
		const source = ['<CareCard level="urgent" title="Call a doctor if:">', '', '- you have a fever', '', '</CareCard>', '<BodyMap back="back-pain"', '  hip="hip-pain" />'].join('\n');
		expect(guideBodyText(source, values)).toBe('Call a doctor if.\nYou have a fever.');
	});
});

test('sentencesOf splits at full stops, question and exclamation marks followed by a space', () => {
	expect(sentencesOf('Rest today. Is it sore? Yes!\nCall us.')).toEqual(['Rest today.', 'Is it sore?', 'Yes!', 'Call us.']);
	expect(sentencesOf('It is 12.5% dextrose.')).toEqual(['It is 12.5% dextrose.']);
});

test.each([
	['Rest today.', 2],
	["Don't drive home after a 20-minute session.", 7],
	['Bruising can last up to 7 days.', 7],
	['', 0],
])('wordCount(%j) is %i', (sentence, words) => {
	expect(wordCount(sentence)).toBe(words);
});

describe('measureGuide and readingProblems', () => {
	test('plain short sentences pass', () => {
		const reading = measureGuide('en', 'plain', 'Rest today. Call us if it hurts. Take paracetamol for pain.', values);
		expect(reading).toMatchObject({ guide: 'plain', words: 11, sentences: 3, longest: 5 });
		expect(reading.score).toBeLessThanOrEqual(MAX_GRADE);
		expect(readingProblems(reading)).toEqual([]);
	});

	test('a long sentence and hard words fail, with a message that says what to change', () => {
		const long = 'Prolotherapy is a regenerative musculoskeletal intervention administered intra-articularly by experienced physicians, necessitating meticulous anatomical localisation, comprehensive preprocedural evaluation and considerable postprocedural rehabilitation.';
		const reading = measureGuide('en', 'hard', long, values);
		expect(reading.longest).toBeGreaterThan(MAX_SENTENCE_WORDS);
		expect(reading.score).toBeGreaterThan(MAX_GRADE);
		const problems = readingProblems(reading);
		expect(problems[0]).toMatch(new RegExp(`^hard: grade \\d+(\\.\\d)? is above ${MAX_GRADE}; use shorter sentences and shorter words\\.$`));
		expect(problems[1]).toMatch(/^hard: this sentence has \d+ words \(at most 20\): "Prolotherapy is/);
	});
});

test('formatTable prints one row a guide and marks a grade above the target', () => {
	const row = { lang: 'en' as const, syllables: 0, longestSentence: '', tooLong: [] };
	expect(
		formatTable('en', [
			{ guide: 'costs', words: 120, sentences: 14, longest: 15, score: 4.2, ...row },
			{ guide: 'who-it-is-for', words: 1200, sentences: 140, longest: 19, score: 6.5, ...row },
		]),
	).toBe(
		[
			'guide          words  sentences  longest  grade',
			'costs            120         14       15    4.2',
			'who-it-is-for   1200        140       19    6.5 *',
		].join('\n'),
	);
});

describe('every English guide', async () => {
	const readings = await measureGuides('en');

	test('there are ten guides to measure', () => {
		expect(readings).toHaveLength(10);
	});

	test.each(readings.map((r) => [r.guide, r]))(`%s is at grade ${MAX_GRADE} or lower with no sentence over ${MAX_SENTENCE_WORDS} words`, (_guide, reading) => {
		expect(readingProblems(reading)).toEqual([]);
		expect(reading.words).toBeGreaterThan(100);
	});
});
