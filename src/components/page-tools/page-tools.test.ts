import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cssString, printRunningCss } from './print-running.ts';
import { decodeQuestions, encodeQuestions, MAX_OWN_QUESTIONS, QUESTION_IDS, QUESTIONS_IN_LINK } from './questions.ts';
import { findVoice } from './voices.ts';

describe('findVoice', () => {
	test('prefers the page’s own language and region, then a voice on the device', () => {
		const voices = [
			{ lang: 'en-US', localService: true, default: true },
			{ lang: 'en-GB', localService: false },
			{ lang: 'en-GB', localService: true },
			{ lang: 'tr-TR' },
		];
		expect(findVoice(voices, 'en-GB')).toBe(voices[2]);
		expect(findVoice(voices, 'tr-TR')).toBe(voices[3]);
		// Android writes en_GB; any English voice reads an English page rather than none.
		expect(findVoice([{ lang: 'en_GB' }], 'en-GB')?.lang).toBe('en_GB');
		expect(findVoice([{ lang: 'en-AU' }], 'en-GB')?.lang).toBe('en-AU');
	});
	test('never picks a voice of another language', () => {
		expect(findVoice([{ lang: 'en-GB' }, { lang: 'de-DE' }], 'tr-TR')).toBeUndefined();
		expect(findVoice([], 'en-GB')).toBeUndefined();
	});
});

describe('the questions in a link', () => {
	test('ticked ids and own words, escaped, read back the same', () => {
		const chosen = { ticked: ['risks', 'cost'] as const, own: ['Can I swim & run?', '', 'İlaçlarımı ne zaman bırakmalıyım?', '', ''] };
		const hash = encodeQuestions(chosen);
		expect(hash).toBe('#q=risks,cost&o1=Can%20I%20swim%20%26%20run%3F&o3=%C4%B0la%C3%A7lar%C4%B1m%C4%B1%20ne%20zaman%20b%C4%B1rakmal%C4%B1y%C4%B1m%3F');
		expect(QUESTIONS_IN_LINK.test(hash)).toBe(true);
		expect(decodeQuestions(hash)).toEqual(chosen);
	});
	test('nothing chosen is no fragment; a search landing or a plain anchor is not a questions link', () => {
		expect(encodeQuestions({ ticked: [], own: ['', ' '] })).toBe('');
		expect(QUESTIONS_IN_LINK.test('#at=costs&mark=fee')).toBe(false);
		expect(QUESTIONS_IN_LINK.test('#does-it-hurt')).toBe(false);
	});
	test('never throws, and keeps only known ids and five short questions', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const read = decodeQuestions(`#${text}`);
				expect(read.ticked.every((id) => (QUESTION_IDS as readonly string[]).includes(id))).toBe(true);
				expect(read.own).toHaveLength(MAX_OWN_QUESTIONS);
				expect(read.own.every((q) => q.length <= 200)).toBe(true);
			}),
		);
	});
});

describe('the printed running head', () => {
	test('no clinic name can close the CSS string or the style element', () => {
		expect(cssString('Dr "A" \\ </style>')).toBe('"Dr \\"A\\" \\\\ \\3c /style>"');
	});
	test('the page number sentence keeps its words around the counters, in any language’s order', () => {
		expect(printRunningCss({ running: 'X', page: 'Sayfa {page} / {pages}' })).toContain('content:"Sayfa " counter(page) " / " counter(pages)');
		expect(printRunningCss({ running: 'X', page: '{pages} pages, this is {page}' })).toContain('content:counter(pages) " pages, this is " counter(page)');
	});
});
