/**
 * `node scripts/atesman.ts`: how easy each Turkish guide is to read.
 *
 * The Ateşman readability formula for Turkish (Ateşman, 1997, Dil Dergisi 58), a Turkish form of
 * Flesch Reading Ease:
 *
 *   score = 198.825 − 40.175 × (syllables / words) − 2.610 × (words / sentences)
 *
 * Higher is easier: 90–100 very easy, 70–89 easy, 50–69 medium, 30–49 hard, below 30 very hard.
 * A guide fails below {@link MIN_SCORE}; every guide aims at {@link TARGET_SCORE} or above
 * (docs/clinical-rules.md). A Turkish syllable has exactly one vowel, so syllables are counted by vowels.
 *
 * The text is taken out of the MDX exactly as the English check does it (`guideBodyText` and
 * `sentencesOf` from reading-level.ts), so both languages are measured on the same blocks and
 * sentences, with each `<Value>` replaced by the clinic's value in Turkish ("3 gün").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guideBodyText, MAX_SENTENCE_WORDS, sentencesOf, wordCount, type ValueText } from './reading-level.ts';

/** The lowest score a Turkish guide may have; below it the check fails. */
export const MIN_SCORE = 65;
/** The score every Turkish guide aims for. */
export const TARGET_SCORE = 70;
export { MAX_SENTENCE_WORDS };

/**
 * Turkish vowels, lower and upper case (dotted İ and dotless I included), plus the circumflex
 * vowels â, î, û that Turkish still writes in some words ("hâlâ", "kâğıt").
 */
const VOWELS = /[aeıioöuüâîûAEIİOÖUÜÂÎÛ]/g;

/** The words of a text: runs of letters or digits, with inner hyphens and apostrophes ("112'yi"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The syllables of one Turkish word: its vowels. A word with no vowel (a number like "112", an
 * abbreviation like "MR") counts as one syllable, so every word adds at least one.
 *
 * @example
 * syllableCount('proloterapi') // => 5  (pro-lo-te-ra-pi)
 * syllableCount('İğne') // => 2  (İğ-ne)
 * syllableCount('ILIK') // => 2  (I-LIK)
 * syllableCount('112') // => 1
 */
export function syllableCount(word: string): number {
	return Math.max(1, word.match(VOWELS)?.length ?? 0);
}

/**
 * The Ateşman score from the three counts, rounded to one decimal. Zero words or sentences give 0.
 *
 * @example
 * atesmanScore({ syllables: 10, words: 4, sentences: 1 }) // => 87.9  (198.825 − 40.175 × 2.5 − 2.610 × 4)
 */
export function atesmanScore({ syllables, words, sentences }: { syllables: number; words: number; sentences: number }): number {
	if (words === 0 || sentences === 0) return 0;
	const score = 198.825 - 40.175 * (syllables / words) - 2.61 * (words / sentences);
	return Math.round(score * 10) / 10;
}

export interface TextCounts {
	syllables: number;
	words: number;
	sentences: number;
}

/**
 * Counts the syllables, words and sentences of plain text, one block a line (as
 * `guideBodyText` gives it).
 *
 * @example
 * countText('Bugün dinlenin. Ağrınız var mı?') // => { syllables: 10, words: 5, sentences: 2 }
 */
export function countText(text: string): TextCounts {
	const words = text.match(WORD) ?? [];
	return {
		syllables: words.reduce((sum, word) => sum + syllableCount(word), 0),
		words: words.length,
		sentences: sentencesOf(text).length,
	};
}

export interface TurkishReading {
	guide: string;
	words: number;
	sentences: number;
	syllables: number;
	/** Words in the longest sentence. */
	longest: number;
	longestSentence: string;
	/** The Ateşman score; higher is easier. */
	score: number;
	/** Sentences over {@link MAX_SENTENCE_WORDS} words. */
	tooLong: string[];
}

/**
 * Measures one Turkish guide's MDX source.
 *
 * @example
 * measureTurkishGuide('x', '---\ntitle: X\n---\nBugün dinlenin.', () => '').score // => 93.2  (5 syllables, 2 words, 1 sentence)
 */
export function measureTurkishGuide(guide: string, source: string, valueText: ValueText): TurkishReading {
	const text = guideBodyText(source, valueText);
	const sentences = sentencesOf(text);
	let longestSentence = '';
	for (const sentence of sentences) if (wordCount(sentence) > wordCount(longestSentence)) longestSentence = sentence;
	const counts = countText(text);
	return {
		guide,
		...counts,
		longest: wordCount(longestSentence),
		longestSentence,
		score: atesmanScore(counts),
		tooLong: sentences.filter((sentence) => wordCount(sentence) > MAX_SENTENCE_WORDS),
	};
}

/** What is wrong with a Turkish guide's reading level, one plain sentence each; empty when it passes. */
export function turkishReadingProblems(reading: TurkishReading): string[] {
	const problems: string[] = [];
	if (reading.score < MIN_SCORE) {
		problems.push(`${reading.guide}: Ateşman score ${reading.score} is below ${MIN_SCORE}; use shorter sentences and shorter words.`);
	}
	for (const sentence of reading.tooLong) {
		problems.push(`${reading.guide}: this sentence has ${wordCount(sentence)} words (at most ${MAX_SENTENCE_WORDS}): "${sentence}"`);
	}
	return problems;
}

/**
 * A plain-text table of readings, with a mark on each guide below the target score.
 *
 * @example
 * formatTurkishTable([{ guide: 'costs', words: 120, sentences: 20, syllables: 300, longest: 11, longestSentence: '', score: 82.7, tooLong: [] }])
 * // => 'guide  words  sentences  longest  score\ncosts    120         20       11   82.7'
 */
export function formatTurkishTable(readings: readonly TurkishReading[]): string {
	const header = ['guide', 'words', 'sentences', 'longest', 'score'];
	const rows = readings.map((r) => [r.guide, String(r.words), String(r.sentences), String(r.longest), r.score.toFixed(1)]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
	const mark = (r: TurkishReading) => (r.score < TARGET_SCORE ? ' *' : '');
	return [line(header), ...rows.map((row, i) => line(row) + mark(readings[i] as TurkishReading))].join('\n');
}

/** The Turkish guides' MDX files, in file-name order. */
export function turkishGuideFiles(root = process.cwd()): string[] {
	const folder = join(root, 'src/content/guides/tr');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => join(folder, file));
}

/** Measures every Turkish guide, with `<Value>` read from the clinic settings in Turkish. */
export async function measureTurkishGuides(root = process.cwd()): Promise<TurkishReading[]> {
	const { loadSettings } = await import('../src/lib/site/settings/load.ts');
	const { isSettingName, settingText } = await import('../src/lib/site/content/setting-values.ts');
	const settings = loadSettings(process.env, root);
	const valueText: ValueText = (name) => (isSettingName(name) ? settingText(settings, name, 'tr') : name);
	return turkishGuideFiles(root).map((file) => measureTurkishGuide(basename(file, '.mdx'), readFileSync(file, 'utf8'), valueText));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const readings = await measureTurkishGuides();
	console.log(formatTurkishTable(readings));
	console.log(`\nScore: Ateşman (higher is easier). Limit ${MIN_SCORE}, target ${TARGET_SCORE} or above (* below target).`);
	for (const r of readings) console.log(`  ${r.guide}: longest (${r.longest} words): ${r.longestSentence}`);
	const problems = readings.flatMap(turkishReadingProblems);
	if (problems.length > 0) {
		console.error(`\nThe Turkish guides need simpler writing:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		process.exit(1);
	}
}
