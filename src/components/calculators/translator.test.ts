import { expect, test } from 'vitest';
import { pluralTranslator, translator } from './translator.ts';

test('a message is its template filled in, starting with a capital in the language’s own casing', () => {
	const words = { 'x.name': '{name}: keep taking it.', 'x.plain': 'Call {phone}' };
	expect(translator(words, 'en-GB')('x.name', { name: 'ibuprofen' })).toBe('Ibuprofen: keep taking it.');
	expect(translator(words, 'tr-TR')('x.name', { name: 'ibuprofen' })).toBe('İbuprofen: keep taking it.');
	// A placeholder without a value stays, so a missing value shows in a test instead of vanishing.
	expect(translator(words, 'en-GB')('x.plain')).toBe('Call {phone}');
});

test('a plural message takes the form its count needs, falling back to `other`', () => {
	const words = { 'x.one': '{count} session', 'x.other': '{count} sessions' };
	const tn = pluralTranslator(words, 'en-GB');
	expect([tn('x', 1, { count: 1 }), tn('x', 4, { count: 4 })]).toEqual(['1 session', '4 sessions']);
	// Japanese has one form for every count: `other`.
	expect(pluralTranslator(words, 'ja-JP')('x', 1, { count: 1 })).toBe('1 sessions');
});
