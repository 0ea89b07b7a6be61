/*
 * The words of the guides, for "did you mean" suggestions. Pure: the build hands in the text
 * Pagefind indexed; the search page hands in what the patient typed.
 */

/** A run of letters: the unit both the word list and a query are split into. */
const WORD = /\p{L}+/gu;

/** Words shorter than this are never suggested nor corrected ("of", "ve"). */
export const MIN_WORD_LENGTH = 3;

/**
 * The words of a text in reading order, lower-cased as the language does it.
 *
 * @example
 * wordsOf('Fever, or FEVERS? 12 mg', 'en-GB') // => ['fever', 'or', 'fevers', 'mg']
 * wordsOf('İLAÇ ısı', 'tr-TR') // => ['ilaç', 'ısı']
 */
export function wordsOf(text: string, locale: string): string[] {
	return [...text.matchAll(WORD)].map((m) => m[0].toLocaleLowerCase(locale));
}

/**
 * Every word of the texts worth suggesting, most used first, each once.
 *
 * @example
 * wordList(['Fever fever and rest', 'Rest'], 'en-GB') // => ['fever', 'rest', 'and']
 */
export function wordList(texts: Iterable<string>, locale: string): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of wordsOf(text, locale)) {
			if (word.length >= MIN_WORD_LENGTH) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], locale)).map(([word]) => word);
}

/**
 * The word list's file in the search bundle, by the page's language tag.
 *
 * @example
 * wordListFile('en-GB') // => 'words.en-gb.json'
 */
export const wordListFile = (langTag: string) => `words.${langTag.toLowerCase()}.json`;
