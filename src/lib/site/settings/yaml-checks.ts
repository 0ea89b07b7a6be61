import { visit, type Document } from 'yaml';
import { CONTROL_CHARACTER } from '../control-characters.ts';

/*
 * What YAML allows that a clinic's file must not use. A tag (`!!js/function`, `!custom`, even
 * `!!str`) changes what a value means, and YAML libraries differ on it: a value should mean
 * what it looks like. Invisible control characters (and the bidirectional overrides that can
 * make text read in a different order) would be published as they are.
 */

export { CONTROL_CHARACTER };

/**
 * The first explicit tag in a YAML document, with where it is, or undefined.
 *
 * @example
 * firstTag(parseDocument('name: !!js/function "function(){}"'))?.tag // => '!!js/function'
 */
export function firstTag(doc: Document): { tag: string; offset: number } | undefined {
	let found: { tag: string; offset: number } | undefined;
	visit(doc, {
		Node(_, node) {
			if (found || !node.tag) return;
			const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
			found = { tag, offset: node.range?.[0] ?? 0 };
			return visit.BREAK;
		},
	});
	return found;
}

/** The sentence for a tag, after "file, line N, column M: ". */
export const tagMessage = (tag: string) => `the YAML tag ${tag} is not allowed here; remove it and write the plain value (text in quotes)`;

/**
 * The character a control-character message names, like "U+0007".
 *
 * @example
 * controlCharacterIn('Clinic\u0007') // => 'U+0007'
 */
export function controlCharacterIn(text: string): string | undefined {
	const match = CONTROL_CHARACTER.exec(text);
	return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}
