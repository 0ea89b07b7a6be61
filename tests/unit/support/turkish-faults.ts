import { defaultMedicationRules } from '../../../src/lib/rules/medication/schema.ts';
import { localized } from '../../../src/lib/rules/localized-text.ts';

/* The checks that a calculator's Turkish reads as Turkish (tests/unit/turkish-calculators.test.ts). */

const tag = 'tr-TR';
const groupNames = defaultMedicationRules.groups.map((group) => localized(group.name, 'tr'));

/** Text blocks as a patient reads them: one per paragraph, heading, list item, button or bold line. */
export function blocks(html: string): string[] {
	return html
		.replace(/<\/?(?:p|li|h[1-6]|ol|ul|section|div|button|strong)\b[^>]*>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** Sentences of a block: split after . ! ? that do not end an ordinal ("2. seans"). */
const sentencesOf = (block: string) => block.split(/(?<![0-9])[.!?]\s+/).filter(Boolean);

const english = /\b(the|and|your|you|is|are|for|with|this|that|call|clinic|please|days?|weeks?|from|before|after|take|when|not|if|or|stop|keep|ask)\b/i;

/** What is wrong with one block of Turkish calculator text; empty when it reads right. */
export function faults(block: string, { supplement = false } = {}): string[] {
	const found: string[] = [];
	for (const sentence of sentencesOf(block)) if (!/^[\p{Lu}\d“"(]/u.test(sentence)) found.push(`starts in lower case: "${sentence}"`);
	if (/: \p{Ll}/u.test(block)) found.push('a sentence after a colon starts in lower case');
	for (const name of groupNames) {
		for (const form of [name, name.charAt(0).toLocaleLowerCase(tag) + name.slice(1)]) if (block.includes(`${form} ilac`)) found.push(`"ilacı" after the group "${form}"`);
	}
	if (/(?:lar|ler)\)? ilac/.test(block)) found.push('"ilacı" after a plural');
	if (supplement && /\bilaç|\bilac/i.test(block)) found.push('a supplement called "ilaç"');
	if (/\d{4} \p{L}+ günleri\b/u.test(block)) found.push('"günleri" after one date');
	if (/almayın/.test(block) && /\bveya\b/.test(block)) found.push('"veya" in a do-not-take list');
	if (/almayın: [^.]*\bya da\b/.test(block)) found.push('"ya da" in a do-not-take list');
	if (english.test(block)) found.push(`English: "${english.exec(block)?.[0]}"`);
	if (/\{\w+\}|\u0000/.test(block)) found.push('a placeholder left');
	return found;
}
