import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guideBodyText, sentencesOf } from '../../scripts/reading-level/guide-text.ts';

/*
 * The clinic's numbers reach every page that mentions them. First, in the sources: every
 * sentence about the medicine hold or the course limit says it with <Value>. (The real build with
 * changed settings is tests/build/guides-settings.test.ts.)
 */

const folder = 'src/content/guides/en';
const slugs = readdirSync(folder)
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.replace(/\.mdx$/, ''));
const sourceOf = (slug: string) => readFileSync(join(folder, `${slug}.mdx`), 'utf8');
/** A guide's sentences as patients read them, with each setting shown as its name in brackets. */
const sentences = (slug: string) => sentencesOf(guideBodyText(sourceOf(slug), (name) => `[${name}]`));

/** A length of time written out: "3 days", "two weeks", "a few days". */
const timeSpan = /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(days?|weeks?|months?)\b/i;

/** What a sentence about each setting looks like; such a sentence must give the time with <Value>. */
const mentions = [
	{ name: 'holdDaysBefore', about: (s: string) => /\b(stop|pause|not to take|none)\b/i.test(s) && /\bbefore (your )?treatment\b/i.test(s) && timeSpan.test(s.replace(/\[\w+\]/g, '')) },
	{ name: 'courseMaxMonths', about: (s: string) => /\bmonths\b|\b(finished|completed) within\b/i.test(s) },
] as const;

describe.each(mentions)('every sentence about $name', ({ name, about }) => {
	test.each(slugs)('in %s gives it with <Value>', (slug) => {
		for (const sentence of sentences(slug).filter(about)) expect(sentence).toContain(`[${name}]`);
	});
});

test('the guides do mention the hold and the course limit, always through <Value>', () => {
	const all = slugs.flatMap(sentences);
	expect(all.filter((s) => s.includes('[holdDaysBefore]')).length).toBeGreaterThanOrEqual(3);
	expect(all.filter((s) => s.includes('[courseMaxMonths]')).length).toBeGreaterThanOrEqual(4);
	expect(all.filter((s) => mentions[0].about(s.replace(/\[holdDaysBefore\]/g, '3 days'))).length).toBeGreaterThanOrEqual(3);
});
