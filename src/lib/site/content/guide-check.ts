import { LineCounter, parseDocument, type Document } from 'yaml';
import { describeFound, valueAt } from '../settings/friendly-errors.ts';
import { controlCharacterIn, firstTag, tagMessage } from '../settings/yaml-checks.ts';
import { guideSchema } from './guide-schema.ts';
import { checkMdx, type MdxContext } from './mdx-check.ts';

/*
 * A guide file checked as written, before Astro reads it: the front matter against the guide
 * schema with the line of each mistake, dates exactly as typed (YAML would turn 2026-02-30
 * into 2 March), and the MDX body against what a guide may contain. Pure: the loader hands in
 * the text, the file's name and what the site has (the guides a link may name).
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The fields a guide's front matter has, for "did you mean" messages. */
const FIELDS = Object.keys(guideSchema.shape).join(', ');

function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key?: string): number {
	const node = doc.getIn([...path, ...(key === undefined ? [] : [key])], true) as { range?: [number, number, number] } | undefined;
	let offset = node?.range?.[0];
	if (key !== undefined) {
		// The unknown key's own line, not its value's.
		const parent = doc.getIn(path, true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
		const container = path.length === 0 ? (doc.contents as typeof parent) : parent;
		offset = container?.items?.find((pair) => pair.key?.value === key)?.key?.range?.[0] ?? offset;
	}
	// +1 for the opening --- line.
	return (offset === undefined ? 0 : lines.linePos(offset).line) + 1;
}

/**
 * The problems of one guide file as plain sentences naming the file and line, or none.
 *
 * @example
 * checkGuideFile('---\ntitel: Costs\n---\n', 'en/costs.mdx')[0]?.startsWith('en/costs.mdx, line 2: "titel" is not a front-matter field') // => true
 */
export function checkGuideFile(source: string, file: string, context: MdxContext = {}): string[] {
	const control = source.split('\n').findIndex((line) => controlCharacterIn(line) !== undefined);
	if (control >= 0) {
		const character = controlCharacterIn(source.split('\n')[control] ?? '');
		return [`${file}, line ${control + 1}: the line holds an invisible control character (${character}); delete the line's odd character or retype the line.`];
	}
	const match = FRONT_MATTER.exec(source);
	if (!match) return [`${file}, line 1: a guide starts with its front matter between two --- lines; copy it from another guide.`];
	const lines = new LineCounter();
	const doc = parseDocument(match[1] ?? '', { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const [error] = doc.errors;
	if (error) {
		const what = error.code === 'DUPLICATE_KEY' ? 'this field is given twice; keep one' : `the front matter is not valid YAML (${error.message.split('\n')[0]}); check the indentation and quotes there`;
		return [`${file}, line ${lines.linePos(error.pos[0]).line + 1}: ${what}.`];
	}
	const tag = firstTag(doc);
	if (tag) return [`${file}, line ${lines.linePos(tag.offset).line + 1}: ${tagMessage(tag.tag)}.`];
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 100 });
	} catch {
		return [`${file}: the front matter uses an alias (*) that cannot be expanded; write the values out in full.`];
	}
	const problems: string[] = [];
	const result = guideSchema.safeParse(data ?? {});
	for (const issue of result.success ? [] : result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const where = [...issue.path, key].join('.');
				problems.push(`${file}, line ${lineOf(doc, lines, issue.path, key)}: "${where}" is not a front-matter field of a guide; check its spelling (the fields are ${FIELDS}).`);
			}
			continue;
		}
		const value = valueAt(data, issue.path);
		const shown = value === undefined || typeof value === 'object' ? '' : ` (it is ${describeFound(value)})`;
		problems.push(`${file}, line ${lineOf(doc, lines, issue.path)}: ${issue.message}${shown}.`);
	}
	const bodyStart = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
	for (const problem of checkMdx(source.slice(match[0].length), context)) {
		problems.push(`${file}, line ${problem.line + bodyStart}: ${problem.message}.`);
	}
	return problems;
}

/**
 * A guide whose `nextReview` has passed: a warning in a normal build, a failure in a strict one.
 *
 * @example
 * overdueReview('en/costs.mdx', '2025-01-01', '2026-11-27') // => 'en/costs.mdx: nextReview 2025-01-01 has passed; review the guide with the clinician and set lastReviewed and nextReview.'
 */
export function overdueReview(file: string, nextReview: string, today: string): string | undefined {
	return nextReview < today ? `${file}: nextReview ${nextReview} has passed; review the guide with the clinician and set lastReviewed and nextReview.` : undefined;
}
