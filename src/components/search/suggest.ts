import leven from 'leven';
import { foldAccents } from '../../lib/rules/fold.ts';
import { MIN_WORD_LENGTH, wordsOf } from './words.ts';

/**
 * How far a typed word may be from a word of the guides to be offered instead: one typing slip
 * in a short word, two in a longer one.
 */
export const maxSlips = (word: string) => (word.length <= 5 ? 1 : 2);

/** The words of `list` closest to `typed` (accents ignored), nearest first, then most used. */
function closest(typed: string, list: readonly string[], limit: number): string[] {
	const folded = foldAccents(typed);
	const limitDistance = maxSlips(typed);
	const scored: { word: string; distance: number; rank: number }[] = [];
	list.forEach((word, rank) => {
		if (Math.abs(word.length - typed.length) > limitDistance) return;
		const distance = leven(folded, foldAccents(word), { maxDistance: limitDistance + 1 });
		if (distance <= limitDistance) scored.push({ word, distance, rank });
	});
	return scored
		.sort((a, b) => a.distance - b.distance || a.rank - b.rank)
		.slice(0, limit)
		.map((s) => s.word);
}

/**
 * What to offer when a search finds nothing: for one word, up to `limit` words of the guides
 * spelt nearly the same; for several, the query with each unknown word put right. `list` is the
 * guides' word list, most used first (see `wordList`).
 *
 * @example
 * suggestions('fevr', ['fever', 'fear', 'ever'], 'en-GB') // => ['fever', 'fear']
 * suggestions('high fevr', ['fever', 'high'], 'en-GB') // => ['high fever']
 * suggestions('zzzz', ['fever'], 'en-GB') // => []
 */
export function suggestions(query: string, list: readonly string[], locale: string, limit = 3): string[] {
	const typed = wordsOf(query, locale);
	const known = new Set(list.map(foldAccents));
	const unknown = (word: string) => word.length >= MIN_WORD_LENGTH && !known.has(foldAccents(word));
	if (typed.length === 1 && typed[0] && unknown(typed[0])) return closest(typed[0], list, limit);
	let changed = false;
	const corrected = typed.map((word) => {
		if (!unknown(word)) return word;
		const best = closest(word, list, 1)[0];
		if (best) changed = true;
		return best ?? word;
	});
	return changed ? [corrected.join(' ')] : [];
}
