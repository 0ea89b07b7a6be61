/**
 * The text a patient reads in a guide's MDX source, and how it is counted: the same for every
 * language, so each language's reading measure (measures.ts) reads the same blocks and sentences.
 *
 * How text is counted: each heading, paragraph, list item and care-card heading is a block; a
 * block without closing punctuation is given a full stop, so a heading never runs into the next
 * sentence. Sentences end at `.`, `?` or `!` followed by a space.
 */

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
 * The words of a text: runs of letters or digits, with inner hyphens and apostrophes ("112'yi").
 *
 * @example
 * wordsOf("Don't drive home after a 20-minute session.") // => ["Don't", 'drive', 'home', 'after', 'a', '20-minute', 'session']
 */
export function wordsOf(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * How many words a sentence has (see {@link wordsOf}).
 *
 * @example
 * wordCount("Don't drive home after a 20-minute session.") // => 7
 */
export function wordCount(sentence: string): number {
	return wordsOf(sentence).length;
}
