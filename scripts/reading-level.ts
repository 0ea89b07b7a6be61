/**
 * `npm run reading-level`: how hard each English guide is to read.
 *
 * For every guide in src/content/guides/en/ it takes the text a patient reads (no front matter,
 * no imports, no markup; each `<Value>` replaced by the clinic's value), prints a table of words,
 * sentences, the longest sentence and the Flesch-Kincaid grade from the pinned `text-readability`
 * library, and exits with 1 when a guide is above grade 6 or has a sentence over 20 words
 * (the NHS reading age of 9 to 11; docs/clinical-rules.md, "How the guides are written").
 *
 * How text is counted: each heading, paragraph, list item and care-card heading is a block; a
 * block without closing punctuation is given a full stop, so a heading never runs into the next
 * sentence. Sentences end at `.`, `?` or `!` followed by a space.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The hardest grade a guide may have; above it `npm test` fails. */
export const MAX_GRADE = 6;
/** The grade every guide aims for. */
export const TARGET_GRADE = 6;
/** The longest sentence allowed, in words. */
export const MAX_SENTENCE_WORDS = 20;

/** The part of `text-readability` this script uses (the package ships no types). */
interface Readability {
	fleschKincaidGrade(text: string): number;
}
const readabilityModule: string = 'text-readability';
const { default: readability } = (await import(readabilityModule)) as { default: Readability };

/** Gives the text shown for a `<Value name="…" />`, e.g. `holdDaysBefore` → "3 days". */
export type ValueText = (name: string) => string;

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Removes inline markdown: links keep their text; emphasis, code and HTML tags go. */
function inlineText(line: string): string {
	return line
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, '$1$2')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/<\/?[a-z][^>]*>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The text a patient reads in a guide's MDX source, one block (heading, paragraph, list item,
 * care-card heading) a line, each ending in `.`, `?` or `!`.
 *
 * @example
 * guideBodyText('---\ntitle: X\n---\n## Stop\n\nStop for <Value name="holdDaysBefore" />', () => '3 days')
 * // => 'Stop.\nStop for 3 days.'
 */
export function guideBodyText(source: string, valueText: ValueText): string {
	let text = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	text = text.replace(/^(import|export)\s.*$/gm, '');
	text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
	text = text.replace(/\{\s*(['"])\s\1\s*\}/g, ' ');
	text = text.replace(/<Value\s+name="(\w+)"\s*\/>/g, (_m, name: string) => valueText(name));
	// A component tag on a line of its own (a care card, a key-facts box) is a block break; its
	// title, if any, is read as a heading of its own. A tag inside a sentence (a link) just goes.
	text = text.replace(/^[ \t]*<\/?[A-Z]\w*\b([^>]*?)\/?>[ \t]*$/gm, (_m, attrs: string) => {
		const title = attribute(attrs, 'title');
		return title ? `\n\n${title}\n\n` : '\n\n';
	});
	text = text.replace(/<\/?[A-Z]\w*\b[^>]*>/g, '');
	text = text.replace(/\{[^}]*\}/g, '');

	const blocks: string[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length > 0) blocks.push(paragraph.join(' '));
		paragraph = [];
	};
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		const heading = /^#{1,6}\s+(.*)$/.exec(line);
		const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (line === '' || /^(---|\*\*\*|___)$/.test(line)) {
			flush();
		} else if (heading || item) {
			flush();
			blocks.push((heading ?? item)?.[1] ?? '');
		} else {
			paragraph.push(line.replace(/^>\s?/, ''));
		}
	}
	flush();

	return blocks
		.map(inlineText)
		.filter((block) => /[\p{L}\p{N}]/u.test(block))
		.map((block) => {
			const closed = /[.?!]["')\]]?$/.test(block) ? block : `${block.replace(/[:;,]$/, '')}.`;
			return closed.charAt(0).toUpperCase() + closed.slice(1);
		})
		.join('\n');
}

/**
 * The sentences of a text from {@link guideBodyText}: each line, split after `.`, `?` or `!`
 * followed by a space.
 *
 * @example
 * sentencesOf('Rest today. Is it sore?\nCall us.') // => ['Rest today.', 'Is it sore?', 'Call us.']
 */
export function sentencesOf(text: string): string[] {
	return text
		.split('\n')
		.flatMap((line) => line.split(/(?<=[.?!]["')\]]?)\s+/))
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');
}

/**
 * The words of a sentence: runs of letters or digits, with inner hyphens and apostrophes.
 *
 * @example
 * wordCount("Don't drive home after a 20-minute session.") // => 7
 */
export function wordCount(sentence: string): number {
	return sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export interface GuideReading {
	guide: string;
	words: number;
	sentences: number;
	/** Words in the longest sentence. */
	longest: number;
	longestSentence: string;
	/** Flesch-Kincaid grade from `text-readability`. */
	grade: number;
	/** Sentences over {@link MAX_SENTENCE_WORDS} words. */
	tooLong: string[];
}

/** Measures one guide's body text. */
export function measureGuide(guide: string, source: string, valueText: ValueText): GuideReading {
	const text = guideBodyText(source, valueText);
	const sentences = sentencesOf(text);
	let longestSentence = '';
	for (const sentence of sentences) if (wordCount(sentence) > wordCount(longestSentence)) longestSentence = sentence;
	return {
		guide,
		words: wordCount(text),
		sentences: sentences.length,
		longest: wordCount(longestSentence),
		longestSentence,
		grade: readability.fleschKincaidGrade(text),
		tooLong: sentences.filter((sentence) => wordCount(sentence) > MAX_SENTENCE_WORDS),
	};
}

/** What is wrong with a guide's reading level, one plain sentence each; empty when it passes. */
export function readingProblems(reading: GuideReading): string[] {
	const problems: string[] = [];
	if (reading.grade > MAX_GRADE) {
		problems.push(`${reading.guide}: grade ${reading.grade} is above ${MAX_GRADE}; use shorter sentences and shorter words.`);
	}
	for (const sentence of reading.tooLong) {
		problems.push(`${reading.guide}: this sentence has ${wordCount(sentence)} words (at most ${MAX_SENTENCE_WORDS}): "${sentence}"`);
	}
	return problems;
}

/**
 * A plain-text table of readings, with a mark on each guide above the target grade.
 *
 * @example
 * formatTable([{ guide: 'costs', words: 120, sentences: 14, longest: 15, longestSentence: '', grade: 4.2, tooLong: [] }])
 * // => 'guide  words  sentences  longest  grade\ncosts    120         14       15    4.2'
 */
export function formatTable(readings: readonly GuideReading[]): string {
	const header = ['guide', 'words', 'sentences', 'longest', 'grade'];
	const rows = readings.map((r) => [r.guide, String(r.words), String(r.sentences), String(r.longest), r.grade.toFixed(1)]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
	const mark = (r: GuideReading) => (r.grade > TARGET_GRADE ? ' *' : '');
	return [line(header), ...rows.map((row, i) => line(row) + mark(readings[i] as GuideReading))].join('\n');
}

/** The English guides' MDX files, in file-name order. */
export function englishGuideFiles(root = process.cwd()): string[] {
	const folder = join(root, 'src/content/guides/en');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => join(folder, file));
}

/** Measures every English guide, with `<Value>` read from the clinic settings. */
export async function measureEnglishGuides(root = process.cwd()): Promise<GuideReading[]> {
	const { loadSettings } = await import('../src/lib/site/settings/load.ts');
	const { isSettingName, settingText } = await import('../src/lib/site/content/setting-values.ts');
	const settings = loadSettings(process.env, root);
	const valueText: ValueText = (name) => (isSettingName(name) ? settingText(settings, name, 'en') : name);
	return englishGuideFiles(root).map((file) => measureGuide(basename(file, '.mdx'), readFileSync(file, 'utf8'), valueText));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const readings = await measureEnglishGuides();
	console.log(formatTable(readings));
	console.log(`\nGrade: Flesch-Kincaid (text-readability). Limit ${MAX_GRADE}, target ${TARGET_GRADE} or lower (* above target).`);
	const problems = readings.flatMap(readingProblems);
	if (problems.length > 0) {
		console.error(`\nThe guides need simpler writing:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		process.exit(1);
	}
}
