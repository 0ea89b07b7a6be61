/**
 * How hard a text is to read, one measure per language: its formula, its limit and its target
 * (docs/clinical-rules.md, "How the guides are written"). Everything else — which text is read,
 * how sentences and words are counted, the table and the messages — is one code for every
 * language (../reading-level.ts). A language added to src/i18n/languages.ts needs its measure
 * here: the type check asks for it.
 */
import type { Lang } from '../../src/i18n/languages.ts';
import { wordsOf } from './guide-text.ts';

/** The counts a formula reads. */
export interface TextCounts {
	syllables: number;
	words: number;
	sentences: number;
}

export interface ReadingMeasure {
	/** What the figure is called in the table's heading, e.g. "grade". */
	column: string;
	/** What it is called in a message, e.g. "Ateşman score". */
	name: string;
	/** Whether a lower figure is easier (a school grade) or a higher one (a reading-ease score). */
	easier: 'lower' | 'higher';
	/** The hardest figure a guide may have; past it the check fails. */
	limit: number;
	/** The figure every guide aims for; the table marks a guide past it with *. */
	target: number;
	/** The formula and where it comes from, printed under the table. */
	about: string;
	/** The syllables of a text. */
	syllables(text: string): number;
	/** The figure for a text, from the text itself or from its counts. */
	score(text: string, counts: TextCounts): number;
}

/** The part of `text-readability` used here (the package ships no types). */
interface Readability {
	fleschKincaidGrade(text: string): number;
	syllableCount(text: string): number;
}
const readabilityModule: string = 'text-readability';
const { default: readability } = (await import(readabilityModule)) as { default: Readability };

/**
 * Turkish vowels, lower and upper case (dotted İ and dotless I included), plus the circumflex
 * vowels â, î, û that Turkish still writes in some words ("hâlâ", "kâğıt").
 */
const TURKISH_VOWELS = /[aeıioöuüâîûAEIİOÖUÜÂÎÛ]/g;

/**
 * The syllables of one Turkish word: its vowels (a Turkish syllable has exactly one). A word with
 * no vowel (a number like "112", an abbreviation like "MR") counts as one syllable, so every word
 * adds at least one.
 *
 * @example
 * turkishSyllables('proloterapi') // => 5  (pro-lo-te-ra-pi)
 * turkishSyllables('İğne') // => 2  (İğ-ne)
 * turkishSyllables('112') // => 1
 */
export function turkishSyllables(word: string): number {
	return Math.max(1, word.match(TURKISH_VOWELS)?.length ?? 0);
}

/**
 * The Ateşman score (Ateşman, 1997, Dil Dergisi 58), a Turkish form of Flesch Reading Ease,
 * rounded to one decimal: 198.825 − 40.175 × (syllables / words) − 2.610 × (words / sentences).
 * Zero words or sentences give 0.
 *
 * @example
 * atesmanScore({ syllables: 10, words: 4, sentences: 1 }) // => 87.9  (198.825 − 40.175 × 2.5 − 2.610 × 4)
 */
export function atesmanScore({ syllables, words, sentences }: TextCounts): number {
	if (words === 0 || sentences === 0) return 0;
	const score = 198.825 - 40.175 * (syllables / words) - 2.61 * (words / sentences);
	return Math.round(score * 10) / 10;
}

export const measures: Record<Lang, ReadingMeasure> = {
	en: {
		column: 'grade',
		name: 'grade',
		easier: 'lower',
		// The NHS reading age of 9 to 11.
		limit: 6,
		target: 6,
		about: 'Grade: Flesch-Kincaid (text-readability).',
		syllables: (text) => readability.syllableCount(text),
		score: (text) => readability.fleschKincaidGrade(text),
	},
	tr: {
		column: 'score',
		name: 'Ateşman score',
		easier: 'higher',
		// 90–100 very easy, 70–89 easy, 50–69 medium, 30–49 hard, below 30 very hard.
		limit: 65,
		target: 70,
		about: 'Score: Ateşman (higher is easier).',
		syllables: (text) => wordsOf(text).reduce((sum, word) => sum + turkishSyllables(word), 0),
		score: (_text, counts) => atesmanScore(counts),
	},
};

/** Whether a figure is past a bound (the limit or the target) in the measure's hard direction. */
export function harderThan(measure: ReadingMeasure, figure: number, bound: number): boolean {
	return measure.easier === 'lower' ? figure > bound : figure < bound;
}
