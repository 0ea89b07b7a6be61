import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addMonths } from '../../src/lib/rules/dates/calendar-steps.ts';
import { isoDate } from '../../src/lib/rules/dates/iso-date.ts';
import { parse } from 'yaml';
import { guideSchema, guideTopics } from '../../src/lib/site/content/guide-schema.ts';
import { isSettingName } from '../../src/lib/site/content/setting-values.ts';
import { cardKeys, careLevels, signKey, signsFor } from '../../src/lib/site/content/warning-signs.ts';
import { en } from '../../src/i18n/strings/en.ts';
import { guideBodyText, sentencesOf } from '../../scripts/reading-level/guide-text.ts';

/*
 * The English guides carry every fact the clinic gave (its source text; the numbers are settings,
 * docs/clinical-rules.md), repeat none of the
 * source's known faults, promise nothing, and never type a number the clinic settings own.
 */

const folder = 'src/content/guides/en';
const guides = Object.fromEntries(
	readdirSync(folder)
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => [file.replace(/\.mdx$/, ''), readFileSync(join(folder, file), 'utf8')]),
);
const source = (slug: string) => {
	const text = guides[slug];
	if (text === undefined) throw new Error(`${folder}/${slug}.mdx is missing`);
	return text;
};
/** A guide's text as patients read it, with each setting shown as its name in brackets. */
const body = (slug: string) => guideBodyText(source(slug), (name) => `[${name}]`);
const frontMatter = (slug: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(source(slug))?.[1] ?? '') as Record<string, unknown>;
const value = (name: string) => `<Value name="${name}" />`;
/** The levels of a guide's care cards (their words: src/lib/site/content/warning-signs.ts and the strings). */
const careCards = (slug: string) => [...source(slug).matchAll(/<CareCard level="([\w-]+)"[^>]*\/>/g)].map((m) => m[1] ?? '');

describe('the ten guides, in the order of the patient journey', () => {
	test('one guide per topic, numbered 1 to 10 in journey order', () => {
		expect(Object.keys(guides).sort()).toEqual([...guideTopics].sort());
		for (const [index, topic] of guideTopics.entries()) {
			expect(frontMatter(topic), topic).toMatchObject({ topic, order: index + 1 });
		}
	});

	test.each(guideTopics)('%s has valid front matter, its next review within a year, with published sources', (slug) => {
		const data = guideSchema.parse(frontMatter(slug));
		// Any review date passes, so the next clinical review does not break the suite.
		expect(data.nextReview > data.lastReviewed).toBe(true);
		expect(data.nextReview <= addMonths(isoDate(data.lastReviewed), 12)).toBe(true);
		expect(data.sources.length).toBeGreaterThan(0);
		expect(data.sources.some((s) => s.url !== undefined), 'at least one source readers can open').toBe(true);
	});

	test('the titles and words the browser tests look for stay', () => {
		expect(frontMatter('preparation')['title']).toBe('Preparing for your treatment');
		expect(frontMatter('side-effects')['title']).toBe('Side effects and when to get help');
		expect(body('preparation')).toContain('lentils');
		expect(body('side-effects')).toContain('bruising');
	});
});

/** The clinic’s facts, 1 to 15: each fact, the guides that carry it, and what in each shows it. */
const factsOfTableA: [fact: string, guides: string[], carriers: string[]][] = [
	['1. an injection treatment with an irritating, regenerative solution that starts the body’s own repair', ['what-it-is'], ['treatment given by injection', 'irritates the tissue', 'regenerative solution', 'body\'s own repair', 'stronger and help it renew']],
	['2. used for joint pain, injured ligaments and joints; back, hip, knee, shoulder; carpal tunnel; partly torn tendons', ['who-it-is-for'], ['ease pain in joints', 'hurt ligaments and joints', 'the back, hip, knee and shoulder', 'carpal tunnel syndrome', 'partly torn']],
	['3. more than one area, more than one session', ['what-it-is', 'treatment-day'], ['more than one area', 'more than one session']],
	['4. each session has 4 to 15 injections, depending on the pain and the area', ['treatment-day'], [`Each session has ${value('injectionsPerSession')} injections`, 'depends on your pain and the area']],
	['5. the whole course is finished within 6 months at most', ['aftercare', 'results', 'treatment-day'], [`within ${value('courseMaxMonths')} at most`]],
	['6. stiffness and mild swelling, not serious, soon pass; bruising and swelling up to a week', ['side-effects'], ['Stiffness and mild swelling', 'not serious', 'soon pass', `Bruising and swelling can last up to ${value('bruisingDays')}`]],
	['7. severe pain and fever: contact a doctor at once; it may be infection (the urgent card\'s words are checked below)', ['side-effects', 'aftercare'], ['<CareCard level="urgent" />']],
	['8. the doctor examines you; MRI and CT (tomography) scans; then the injection sites are chosen', ['before-treatment'], ['Your check-up (examination)', 'MRI scan', 'CT scan', 'tomography', 'injection sites']],
	['9. eat protein-rich meals before treatment, for the body’s defences', ['preparation'], ['rich in protein', 'defences']],
	['10. the clinic may ask you not to take anti-inflammatory and blood-thinning medicines for 3 days before', ['preparation'], [`for ${value('holdDaysBefore')} before treatment`, 'anti-inflammatory painkillers', 'anticoagulants', '<PageLink to="medication">']],
	['11. no treatment can promise results; success depends on the doctor’s careful work and on following the advice', ['results'], ['No treatment can promise', 'careful, skilled work', 'Follow the advice']],
	['12. fees per session, changing from year to year; more sessions cost more', ['costs'], ['per session', 'change from year to year', 'the more sessions you have, the more you pay', '<SessionPrice />']],
	['13. it contains no cortisone (steroid)', ['what-it-is', 'questions'], ['no cortisone']],
	['14. effects start after the procedure; relief after about 3 weeks; better over a few sessions', ['results'], ['effects begin after the injections', `some relief from about ${value('firstReliefWeeks')}`, 'your clinic\'s experience', 'over a few sessions']],
	['15. an exercise programme without breaks; vitamin D if low; see the doctor regularly; keep every session', ['aftercare'], ['exercise programme', 'without breaks', 'If it is low, your doctor may start you on vitamin D', 'See your doctor regularly', 'Keep every session', '<PageLink to="planner">']],
];

describe('every fact of table A reaches patients', () => {
	test('the table covers facts 1 to 15', () => {
		expect(factsOfTableA.map(([fact]) => Number.parseInt(fact, 10))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
	});

	test.each(factsOfTableA.flatMap(([fact, slugs, carriers]) => slugs.map((slug) => [fact, slug, carriers] as const)))(
		'fact %s: in %s',
		(_fact, slug, carriers) => {
			const text = source(slug).toLowerCase();
			for (const carrier of carriers) expect(text, `${slug} should contain "${carrier}"`).toContain(carrier.toLowerCase());
		},
	);
});

describe('care cards', () => {
	test('the side-effects guide has all three levels, the aftercare guide urgent and emergency, and every "get help" section uses cards', () => {
		expect(careCards('side-effects')).toEqual(['non-urgent', 'urgent', 'emergency']);
		expect(careCards('aftercare')).toEqual(['urgent', 'emergency']);
		for (const slug of guideTopics) {
			if (/^## When to get help$/m.test(source(slug))) expect(careCards(slug).length, slug).toBeGreaterThan(0);
		}
	});

	test('each card level has one call to action as its heading; the urgent card names severe pain, fever and infection (fact 7)', () => {
		for (const level of careLevels) expect(en[cardKeys[level].title]).toMatch(/^[A-Z][^.!?]*:$/);
		expect(en['careCard.urgent.title']).toBe('Contact a doctor straight away if:');
		const urgent = [...signsFor('urgent').map((s) => en[signKey(s.id)]), en['careCard.urgent.note']].join('\n');
		for (const sign of ['severe pain', 'fever', 'sign of infection']) expect(urgent, sign).toContain(sign);
	});
});

/** Words and numbers no guide may use. */
const forbidden: [why: string, pattern: RegExp][] = [
	['the source’s fault: the treatment is injection-based, never infection-based', /infection[- ]based/i],
	['promotion: "reliable", "reliability"', /reliab/i],
	['promotion: "successful results"', /successful results?/i],
	['a promise: "guarantee"', /guarantee/i],
	['promotion: "effective"', /\beffective\b/i],
	['holdDaysBefore typed as a number', /\b(3|three) days? before\b/i],
	['courseMaxMonths typed as a number', /\b(6|six) months?\b/i],
	['firstReliefWeeks typed as a number', /\b(3|three) weeks?\b/i],
	['injectionsPerSession typed as numbers', /\b(4|four) (to|and) (15|fifteen)\b|\bbetween (4|four) and (15|fifteen)\b/i],
	['bruisingDays typed as a number', /\b(7|seven) days?\b|\ba week\b/i],
	['sessionsDefault typed as a number', /\b(3|three) sessions\b/i],
	['weeksBetweenDefault typed as a number', /\b(4|four) weeks\b/i],
	['"4 to 15" called sessions or treatments', /\b(4|four) to (15|fifteen) (sessions|treatments)\b/i],
	['the clinic’s emergency number or phone typed', /\b(999|112|911)\b|\+44/],
];

describe.each(guideTopics)('%s', (slug) => {
	test.each(forbidden)('avoids %s', (_why, pattern) => {
		expect(body(slug)).not.toMatch(pattern);
		expect(source(slug).replace(/^---\n[\s\S]*?\n---\n/, '')).not.toMatch(pattern);
	});

	test('names only settings that exist in <Value>', () => {
		for (const [, name] of source(slug).matchAll(/<Value name="(\w+)" \/>/g)) expect(isSettingName(name ?? ''), name).toBe(true);
	});

	test('never tells a patient to stop a blood thinner', () => {
		const thinner = /blood thinner|anticoagulant|antiplatelet|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|heparin|clopidogrel|prasugrel|ticagrelor|aspirin/i;
		for (const sentence of sentencesOf(body(slug))) {
			if (thinner.test(sentence) && /\b(stop|pause)\b/i.test(sentence)) {
				expect(sentence).toMatch(/\bnever\b|\bnot\b|\bonly the doctor\b|\bask\b|\bif\b|\bmay\b/i);
			}
		}
	});
});
