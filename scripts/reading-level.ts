/**
 * `npm run reading-level`: how hard each guide is to read, in every language the site has.
 *
 * For every guide in src/content/guides/<language>/ it takes the text a patient reads (no front
 * matter, no imports, no markup; each `<Value>` replaced by the clinic's value in that language),
 * prints a table of words, sentences, the longest sentence and the language's reading figure
 * (Flesch-Kincaid grade for English, Ateşman score for Turkish: reading-level/measures.ts), and
 * exits with 1 when a guide is past its language's limit or has a sentence over 20 words
 * (docs/clinical-rules.md, "How the guides are written"). `npm run reading-level -- tr` measures
 * one language.
 *
 * One measurer for every language: the text (reading-level/guide-text.ts), the counts, the
 * messages and the table are the same code; only the formula and its bounds differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isLang, languageCodes, type Lang } from '../src/i18n/languages.ts';
import { guideBodyText, sentencesOf, wordCount, wordsOf, type ValueText } from './reading-level/guide-text.ts';
import { harderThan, measures, type TextCounts } from './reading-level/measures.ts';

/** The longest sentence allowed, in words, in every language. */
export const MAX_SENTENCE_WORDS = 20;

/**
 * Counts the syllables, words and sentences of plain text in a language, one block a line (as
 * `guideBodyText` gives it).
 *
 * @example
 * countText('tr', 'Bugün dinlenin. Ağrınız var mı?') // => { syllables: 10, words: 5, sentences: 2 }
 */
export function countText(lang: Lang, text: string): TextCounts {
	return { syllables: measures[lang].syllables(text), words: wordsOf(text).length, sentences: sentencesOf(text).length };
}

export interface GuideReading extends TextCounts {
	guide: string;
	lang: Lang;
	/** Words in the longest sentence. */
	longest: number;
	longestSentence: string;
	/** The language's reading figure (measures.ts): a grade in English, an Ateşman score in Turkish. */
	score: number;
	/** Sentences over {@link MAX_SENTENCE_WORDS} words. */
	tooLong: string[];
}

/**
 * Measures one guide's MDX source in its language.
 *
 * @example
 * measureGuide('tr', 'x', '---\ntitle: X\n---\nBugün dinlenin.', () => '').score // => 93.2  (5 syllables, 2 words, 1 sentence)
 */
export function measureGuide(lang: Lang, guide: string, source: string, valueText: ValueText): GuideReading {
	const text = guideBodyText(source, valueText);
	const sentences = sentencesOf(text);
	let longestSentence = '';
	for (const sentence of sentences) if (wordCount(sentence) > wordCount(longestSentence)) longestSentence = sentence;
	const counts = countText(lang, text);
	return {
		guide,
		lang,
		...counts,
		longest: wordCount(longestSentence),
		longestSentence,
		score: measures[lang].score(text, counts),
		tooLong: sentences.filter((sentence) => wordCount(sentence) > MAX_SENTENCE_WORDS),
	};
}

/** What is wrong with a guide's reading level, one plain sentence each; empty when it passes. */
export function readingProblems(reading: GuideReading): string[] {
	const measure = measures[reading.lang];
	const problems: string[] = [];
	if (harderThan(measure, reading.score, measure.limit)) {
		const past = measure.easier === 'lower' ? 'above' : 'below';
		problems.push(`${reading.guide}: ${measure.name} ${reading.score} is ${past} ${measure.limit}; use shorter sentences and shorter words.`);
	}
	for (const sentence of reading.tooLong) {
		problems.push(`${reading.guide}: this sentence has ${wordCount(sentence)} words (at most ${MAX_SENTENCE_WORDS}): "${sentence}"`);
	}
	return problems;
}

/**
 * A plain-text table of one language's readings, with a mark on each guide past the target.
 *
 * @example
 * formatTable('en', [{ guide: 'costs', lang: 'en', words: 120, sentences: 14, syllables: 150, longest: 15, longestSentence: '', score: 4.2, tooLong: [] }])
 * // => 'guide  words  sentences  longest  grade\ncosts    120         14       15    4.2'
 */
export function formatTable(lang: Lang, readings: readonly GuideReading[]): string {
	const measure = measures[lang];
	const header = ['guide', 'words', 'sentences', 'longest', measure.column];
	const rows = readings.map((r) => [r.guide, String(r.words), String(r.sentences), String(r.longest), r.score.toFixed(1)]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
	const mark = (r: GuideReading) => (harderThan(measure, r.score, measure.target) ? ' *' : '');
	return [line(header), ...rows.map((row, i) => line(row) + mark(readings[i] as GuideReading))].join('\n');
}

/** A language's guide MDX files, in file-name order. */
export function guideFiles(lang: Lang, root = process.cwd()): string[] {
	const folder = join(root, 'src/content/guides', lang);
	return readdirSync(folder)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => join(folder, file));
}

/** Measures every guide of a language, with `<Value>` read from the clinic settings in that language. */
export async function measureGuides(lang: Lang, root = process.cwd()): Promise<GuideReading[]> {
	const { loadSettings } = await import('../src/lib/site/settings/load.ts');
	const { isSettingName, settingText } = await import('../src/lib/site/content/setting-values.ts');
	const { pageWords } = await import('../src/i18n/index.ts');
	const settings = loadSettings(process.env, root);
	const page = pageWords(lang);
	const valueText: ValueText = (name) => (isSettingName(name) ? settingText(settings, name, page) : name);
	return guideFiles(lang, root).map((file) => measureGuide(lang, basename(file, '.mdx'), readFileSync(file, 'utf8'), valueText));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const asked = process.argv.slice(2);
	const unknown = asked.filter((code) => !isLang(code));
	if (unknown.length > 0) {
		console.error(`Unknown language ${unknown.join(', ')}: the site has ${languageCodes.join(', ')}.`);
		process.exit(2);
	}
	const problems: string[] = [];
	for (const lang of asked.length > 0 ? asked.filter(isLang) : languageCodes) {
		const measure = measures[lang];
		const readings = await measureGuides(lang);
		const better = measure.easier === 'lower' ? 'or lower' : 'or higher';
		console.log(`\n${lang}\n${formatTable(lang, readings)}`);
		console.log(`${measure.about} Limit ${measure.limit}, target ${measure.target} ${better} (* past the target).`);
		for (const r of readings) console.log(`  ${r.guide}: longest (${r.longest} words): ${r.longestSentence}`);
		problems.push(...readings.flatMap(readingProblems).map((problem) => `${lang}/${problem}`));
	}
	if (problems.length > 0) {
		console.error(`\nThe guides need simpler writing:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		process.exit(1);
	}
}
