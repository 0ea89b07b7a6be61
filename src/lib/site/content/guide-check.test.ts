import type { Loader, LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGuideFile, overdueReview } from './guide-check.ts';
import { checkedGuides, GuideError } from './guide-loader.ts';
import { checkMdx } from './mdx-check.ts';

/*
 * Every broken guide the security review found is refused with one sentence naming the file,
 * the line and the fix. These run the same checks the build's loader runs; one real build is in
 * tests/build/guides-build.test.ts.
 */
const FRONT = [
	'title: Costs',
	'description: What a session costs and why fees change from year to year.',
	'topic: costs',
	'order: 9',
	'lastReviewed: 2026-11-20',
	'nextReview: 2027-11-20',
	'sources:',
	'  - title: Clinic fees',
	'    publisher: The clinic',
	'    year: 2026',
	'    url: https://clinic.example/fees',
];
const guide = (front = FRONT, body = 'Fees are set by the clinic.\n') => `---\n${front.join('\n')}\n---\n\n${body}`;
const edit = (from: string, to: string) => FRONT.map((line) => (line === from ? to : line));

describe('a guide as written', () => {
	test('the example is valid', () => {
		expect(checkGuideFile(guide(), 'en/costs.mdx')).toEqual([]);
	});

	test.each([
		['an impossible date', guide(edit('lastReviewed: 2026-11-20', 'lastReviewed: 2026-02-30')), 'en/costs.mdx, line 6: lastReviewed must be a real date written like 2026-11-20 (it is "2026-02-30").'],
		['a misspelt field', guide(edit('title: Costs', 'titel: Costs')), 'en/costs.mdx, line 2: "titel" is not a front-matter field of a guide; check its spelling (the fields are title, description, topic, order, lastReviewed, nextReview, reviewer, sources).'],
		['a misspelt source field', guide(edit('    year: 2026', '    yaer: 2026')), 'en/costs.mdx, line 11: "sources.0.yaer" is not a front-matter field of a guide; check its spelling (the fields are title, description, topic, order, lastReviewed, nextReview, reviewer, sources).'],
		['a javascript: source', guide(edit('    url: https://clinic.example/fees', '    url: "javascript:alert(1)"')), 'en/costs.mdx, line 12: url must be the full web address of the source, starting with https:// (it is "javascript:alert(1)").'],
		['an http source', guide(edit('    url: https://clinic.example/fees', '    url: http://clinic.example/fees')), 'en/costs.mdx, line 12: url must be the full web address of the source, starting with https:// (it is "http://clinic.example/fees").'],
		['a field given twice', guide([...FRONT, 'order: 3']), 'en/costs.mdx, line 13: this field is given twice; keep one.'],
		['a raw script', guide(FRONT, 'Text.\n\n<script>alert(1)</script>\n'), 'en/costs.mdx, line 17: <script> is not allowed in a guide; write it in Markdown or use one of the guide components (the README lists them).'],
		['a style attribute', guide(FRONT, 'Some <strong style="color: red">loud</strong> text.\n'), 'en/costs.mdx, line 15: the style= attribute on <strong> is not allowed in a guide; remove it (styles come from the site, links from <PageLink> or Markdown).'],
		['an event handler on a component', guide(FRONT, '<KeyFacts onClick="x()">\n- a\n</KeyFacts>\n'), 'en/costs.mdx, line 15: the onClick= attribute on <KeyFacts> is not allowed in a guide; remove it (styles come from the site, links from <PageLink> or Markdown).'],
		['an off-site image', guide(FRONT, '![Knee](https://evil.example/knee.png)\n'), 'en/costs.mdx, line 15: the image https://evil.example/knee.png is on another site; the site shows only its own images: put it in public/ and write its path, like /images/knee.svg.'],
		['an image element', guide(FRONT, '<img src="/knee.png" alt="" />\n'), 'en/costs.mdx, line 15: <img> is not allowed in a guide; write it in Markdown or use one of the guide components (the README lists them).'],
		['a javascript: link', guide(FRONT, '[Call us](javascript:alert(1))\n'), 'en/costs.mdx, line 15: the link javascript:alert(1) is not allowed; link to https:// addresses, mailto:, tel: or the site\'s own pages.'],
	])('%s', (_case, source, message) => {
		expect(checkGuideFile(source, 'en/costs.mdx')).toContain(message);
	});

	// Issue 28: a guide is content, never code; every form MDX allows is refused before it compiles.
	test.each([
		['an import', 'import { readFileSync } from \'node:fs\'\n\nText.\n', 'line 15: "import { readFileSync } from \'node:fs\'" is code, and a guide is text: remove the import or export line (the guide components need no import).'],
		['an export that would stop the build', 'export const x = process.exit(3)\n', 'line 15: "export const x = process.exit(3)" is code, and a guide is text: remove the import or export line (the guide components need no import).'],
		['an expression in text', 'The build ran in {globalThis.process?.cwd?.()}.\n', 'line 15: {globalThis.process?.cwd?.()} is code, and a guide is text: write the words themselves (a clinic number as <Value name="…" />), or write \\{ for a brace.'],
		['an expression on its own line', 'Text.\n\n{readFileSync(\'/etc/hostname\')}\n', 'line 17: {readFileSync(\'/etc/hostname\')} is code, and a guide is text: write the words themselves (a clinic number as <Value name="…" />), or write \\{ for a brace.'],
		['an expression as an attribute', '<Value name={holdDays} />\n', 'line 15: the name={…} attribute on <Value> is code; write its value in quotes, like name="…".'],
		['a spread of attributes', '<KeyFacts {...props}>\n- a\n</KeyFacts>\n', 'line 15: <KeyFacts> has a {…} spread of attributes, which is code; write each attribute out in quotes.'],
		['a reference link to javascript:', 'See [this][e].\n\n[e]: javascript:alert(1)\n', 'line 17: the link javascript:alert(1) is not allowed; link to https:// addresses, mailto:, tel: or the site\'s own pages.'],
		['a reference link to http:', 'See [this][e].\n\n[e]: http://other.example/\n', 'line 17: the link http://other.example/ is not allowed; link to https:// addresses, mailto:, tel: or the site\'s own pages.'],
		['a protocol-relative link', 'See [this](//other.example/).\n', 'line 15: the link //other.example/ is not allowed; link to https:// addresses, mailto:, tel: or the site\'s own pages.'],
		['a backslash link', 'See [this](/\\other.example/).\n', 'line 15: the link /\\other.example/ is not allowed; link to https:// addresses, mailto:, tel: or the site\'s own pages.'],
		['a remote image by reference', '![Knee][k]\n\n[k]: https://other.example/knee.png\n', 'line 17: the image https://other.example/knee.png is on another site; the site shows only its own images: put it in public/ and write its path, like /images/knee.svg.'],
		['a protocol-relative image', '![Knee](//other.example/knee.png)\n', 'line 15: the image //other.example/knee.png is on another site; the site shows only its own images: put it in public/ and write its path, like /images/knee.svg.'],
		['a fenced code block', '```js\nalert(1)\n```\n', 'line 15: a code block (``` or an indented block) is not allowed in a guide; write the text as a paragraph or a list, without the ``` lines or the indent.'],
		['a misspelt Value name', 'Stop ibuprofen <Value name="holdDays" /> before.\n', 'line 15: <Value name="holdDays"> is not one the site has; use one of "holdDaysBefore", "courseMaxMonths", "bruisingDays", "firstReliefWeeks", "injectionsMin", "injectionsMax", "injectionsPerSession", "sessionsDefault", "sessionsMin", "sessionsMax", "sessionsRange", "weeksBetweenDefault", "weeksBetweenMin", "weeksBetweenMax", "weeksBetweenRange", "exerciseStartDays", "emergencyNumber", "clinicName", "clinicPhone".'],
		['a Value with no name', 'Stop <Value /> before.\n', 'line 15: <Value> needs a name="…" attribute, one of "holdDaysBefore", "courseMaxMonths", "bruisingDays", "firstReliefWeeks", "injectionsMin", "injectionsMax", "injectionsPerSession", "sessionsDefault", "sessionsMin", "sessionsMax", "sessionsRange", "weeksBetweenDefault", "weeksBetweenMin", "weeksBetweenMax", "weeksBetweenRange", "exerciseStartDays", "emergencyNumber", "clinicName", "clinicPhone".'],
		['an unknown component', '<Warning>Take care.</Warning>\n', 'line 15: <Warning> is not a guide component; use one of <BodyMap>, <CareCard>, <KeyFacts>, <PageLink>, <SessionPrice>, <Value>, <ExerciseSheetList>, or check its spelling.'],
		['a dotted component', '<Foo.Bar />\n', 'line 15: <Foo.Bar> is not a guide component; use one of <BodyMap>, <CareCard>, <KeyFacts>, <PageLink>, <SessionPrice>, <Value>, <ExerciseSheetList>, or check its spelling.'],
		['an unknown care card level', '<CareCard level="red">\n\n- Pain\n\n</CareCard>\n', 'line 15: <CareCard level="red"> is not one the site has; use one of "non-urgent", "urgent", "emergency".'],
		['a care card without a level', '<CareCard headingLevel="3">\n\n- Pain\n\n</CareCard>\n', 'line 15: <CareCard> needs a level="…" attribute, one of "non-urgent", "urgent", "emergency".'],
		['a care card of six bullets', '<CareCard level="urgent">\n\n- a\n- b\n- c\n- d\n- e\n- f\n\n</CareCard>\n', 'line 15: the urgent care card has 6 bullets; a care card holds at most 5, so split it into two cards or shorten the list.'],
		['an unknown attribute on a component', '<KeyFacts colour="red">\n\n- a\n\n</KeyFacts>\n', 'line 15: <KeyFacts> has no colour= attribute; it takes title=, headingLevel=.'],
		['a link to a page the site does not have', '<PageLink to="medicine">dates</PageLink>\n', 'line 15: <PageLink to="medicine"> is not one the site has; use one of'],
		['a link to a guide this language does not have', '<PageLink guide="side-efects">help</PageLink>\n', 'line 15: <PageLink guide="side-efects"> names no guide in this language; use the file name of one, like "costs", "side-effects".'],
		['an unclosed tag', 'Text <CareCard level="urgent">\n\nmore\n', 'line 15: the text cannot be read (Expected a closing tag for `<CareCard>` before the end of `paragraph`); check that every <Component> is closed, and write a { or < that is meant as text as \\{ or &lt;.'],
		['an HTML comment', 'Text.\n\n<!-- note -->\n', 'line 17: the text cannot be read ('],
		['a control character', 'Call us\u0007 today.\n', 'line 15: the line holds an invisible control character (U+0007); delete the line\'s odd character or retype the line.'],
		['a right-to-left override', 'Call us \u202etoday.\n', 'line 15: the line holds an invisible control character (U+202E); delete the line\'s odd character or retype the line.'],
	])('%s is refused by name with its line', (_case, body, message) => {
		const problems = checkGuideFile(guide(FRONT, body), 'en/costs.mdx', { guideSlugs: ['costs', 'side-effects'] });
		expect(problems).toHaveLength(1);
		expect(problems[0]?.startsWith(`en/costs.mdx, ${message}`) || problems[0]).toBe(true);
		expect(problems[0]).toMatch(/\.$/);
	});

	test('a YAML tag in the front matter is refused', () => {
		expect(checkGuideFile(guide(edit('title: Costs', 'title: !!js/function "function(){}"')), 'en/costs.mdx')).toEqual([
			'en/costs.mdx, line 2: the YAML tag !!js/function is not allowed here; remove it and write the plain value (text in quotes).',
		]);
	});

	test('every guide of the site passes', () => {
		for (const lang of readdirSync('src/content/guides')) {
			const slugs = readdirSync(`src/content/guides/${lang}`).map((name) => name.replace(/\.mdx$/, ''));
			for (const slug of slugs) {
				const file = `src/content/guides/${lang}/${slug}.mdx`;
				expect(checkGuideFile(readFileSync(file, 'utf8'), file, { guideSlugs: slugs })).toEqual([]);
			}
		}
	});

	test('the guide components, Markdown and plain text-level HTML are allowed', () => {
		const body = '<CareCard level="urgent" />\n\nTake <Value name="holdDaysBefore" /> off. <abbr title="non-steroidal">NSAID</abbr>\n\n[NHS](https://www.nhs.uk/) and [costs](/guides/costs/) and <PageLink to="planner">plan</PageLink>.\n';
		expect(checkMdx(body)).toEqual([]);
	});
});

test('a review date passed is said plainly', () => {
	expect(overdueReview('en/costs.mdx', '2027-11-20', '2026-11-27')).toBeUndefined();
	expect(overdueReview('en/costs.mdx', '2020-01-01', '2026-11-27')).toBe(
		'en/costs.mdx: nextReview 2020-01-01 has passed; review the guide with the clinician and set lastReviewed and nextReview.',
	);
});

describe('the guides loader', () => {
	/** Runs the checked loader over guides given as id -> front-matter data, as Astro's store holds them. */
	async function load(entries: Record<string, { order: number; nextReview: string }>, strict: boolean) {
		const warnings: string[] = [];
		const values = Object.entries(entries).map(([id, data]) => ({ id, filePath: `src/content/guides/${id}.mdx`, data: { title: id, ...data } }));
		const inner: Loader = { name: 'fake', load: async () => undefined };
		const context = {
			config: { root: new URL('file:///site/') },
			store: { values: () => values },
			logger: { warn: (message: string) => warnings.push(message) },
		} as unknown as LoaderContext;
		let error: unknown;
		await checkedGuides(inner, { today: '2026-11-27', strict }).load(context).catch((thrown: unknown) => (error = thrown));
		return { warnings, error: error instanceof GuideError ? error.message : error };
	}

	test('names two guides sharing an order', async () => {
		const { error } = await load({ 'en/a': { order: 1, nextReview: '2027-01-01' }, 'en/b': { order: 1, nextReview: '2027-01-01' } }, false);
		expect(error).toBe(
			'The guides need fixing before the site can be built:\n  - src/content/guides/en/b.mdx: order 1 is already used by src/content/guides/en/a.mdx; give each guide its own place in the journey.',
		);
	});

	test('warns of a passed review date, and fails a strict build on it', async () => {
		const entries = { 'en/a': { order: 1, nextReview: '2021-01-01' } };
		const normal = await load(entries, false);
		expect(normal).toEqual({ warnings: ['src/content/guides/en/a.mdx: nextReview 2021-01-01 has passed; review the guide with the clinician and set lastReviewed and nextReview.'], error: undefined });
		const strict = await load(entries, true);
		expect(strict.warnings).toEqual([]);
		expect(strict.error).toContain('src/content/guides/en/a.mdx: nextReview 2021-01-01 has passed');
	});
});
