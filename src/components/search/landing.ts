/*
 * How a search result link tells the guide where the match is: in the URL fragment only, never
 * in a path or query string, so nothing a patient searched for reaches the host. The guide reads
 * it, marks the words, shows the section and then puts the plain anchor back in the address.
 */
import { wordsOf } from './words.ts';

export interface Landing {
	/** The id of the section's heading, when the match is in a section. */
	at?: string | undefined;
	/** The words found there, as the page spells them. */
	words: string[];
}

/**
 * The fragment (without '#') that lands on a section with its words marked.
 *
 * @example
 * landingHash({ at: 'when-to-get-help', words: ['fever', 'fevers'] }) // => 'at=when-to-get-help&mark=fever+fevers'
 */
export function landingHash({ at, words }: Landing): string {
	const params = new URLSearchParams();
	if (at) params.set('at', at);
	params.set('mark', words.join(' '));
	return params.toString();
}

/**
 * Reads a landing fragment; undefined for any other fragment (a plain anchor, a calculator's).
 *
 * @example
 * readLanding('#at=costs&mark=fee+fees') // => { at: 'costs', words: ['fee', 'fees'] }
 * readLanding('#costs') // => undefined
 */
export function readLanding(hash: string): Landing | undefined {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const mark = params.get('mark');
	if (mark === null) return undefined;
	const words = mark.split(/\s+/).filter(Boolean);
	const at = params.get('at') ?? undefined;
	return at ? { at, words } : { words };
}

/**
 * The words Pagefind marked in an excerpt, each once, lower-cased.
 *
 * @example
 * markedWords('a <mark>Fever,</mark> or <mark>fevers</mark> and <mark>fever</mark>', 'en-GB') // => ['fever', 'fevers']
 */
export function markedWords(excerpt: string, locale: string): string[] {
	const found = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => wordsOf(m[1] ?? '', locale));
	return [...new Set(found)];
}

/**
 * Where the words stand in a text, as [start, end) offsets, whole words only, in the
 * language's own case rules.
 *
 * @example
 * wordRanges('Fever: a fever, feverish.', ['fever'], 'en-GB') // => [[0, 5], [9, 14]]
 */
export function wordRanges(text: string, words: readonly string[], locale: string): [number, number][] {
	const wanted = new Set(words.map((w) => w.toLocaleLowerCase(locale)));
	const ranges: [number, number][] = [];
	for (const match of text.matchAll(/\p{L}+/gu)) {
		if (wanted.has(match[0].toLocaleLowerCase(locale))) ranges.push([match.index, match.index + match[0].length]);
	}
	return ranges;
}
