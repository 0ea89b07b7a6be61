import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldAccents, foldForSearch } from './fold.ts';

describe('foldAccents', () => {
	// Moved from the search page's tests (components/search/search.test.ts): its "did you mean" folds words with it.
	test('folds accents and the dotless i', () => {
		expect(foldAccents('şişlik')).toBe('sislik');
		expect(foldAccents('ılık')).toBe('ilik');
		expect(foldAccents('ateş')).toBe('ates');
	});
});

describe('foldForSearch', () => {
	test.each([
		// Case.
		['XARELTO', 'xarelto'],
		// Turkish i: dotted capital İ, dotless ı, plain I and i all become i.
		['İbuprofen', 'ibuprofen'],
		['ıbuprofen', 'ibuprofen'],
		['IBUPROFEN', 'ibuprofen'],
		['PARASETAMOL İÇEREN', 'parasetamol iceren'],
		// Turkish letters with marks become their plain look-alikes.
		['Şurup', 'surup'],
		['ağrı', 'agri'],
		['Çocuk', 'cocuk'],
		['Ölçü', 'olcu'],
		['Üç', 'uc'],
		// Other accents.
		['Naprosyn é à ñ', 'naprosyn e a n'],
		// Full-width letters from some keyboards.
		['ＢＲＵＦＥＮ', 'brufen'],
		// Punctuation and runs of space become one space; ends are trimmed.
		['  Coraspin-100 mg. ', 'coraspin 100 mg'],
		['', ''],
		['!!!', ''],
	])('%j → %j', (input, expected) => {
		expect(foldForSearch(input)).toBe(expected);
	});

	test('never throws, and folding twice changes nothing', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (input) => {
				const once = foldForSearch(input);
				expect(foldForSearch(once)).toBe(once);
			}),
		);
	});
});
