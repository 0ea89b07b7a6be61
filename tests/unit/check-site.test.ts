import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { duplicateMeta, htmlValidateConfig, internalLinks, linkProblems, untranslated, visibleText } from '../../scripts/check-site.ts';

const page = (path: string, body: string, title = path, description = `About ${path}`) => ({
	path,
	html: `<!doctype html><html lang="en"><head><title>${title}</title><meta name="description" content="${description}"></head><body>${body}</body></html>`,
});

describe('links and anchors', () => {
	test('internalLinks reads links under the base and same-page anchors, not other schemes', () => {
		expect(
			internalLinks('<a href="/b/guides/#top">x</a><a href="#main">y</a><a href="tel:999">z</a><a href="https://x.example/">w</a><img src="/b/logo.svg" alt="">', '/b/', 'search/'),
		).toEqual([
			{ path: 'guides/', anchor: 'top' },
			{ path: 'search/', anchor: 'main' },
			{ path: 'logo.svg', anchor: undefined },
		]);
	});

	test('a link to a missing page, a missing anchor or a missing file is reported; good ones are not', () => {
		const pages = [
			page('', '<a href="/b/guides/">ok</a><a href="/b/nope/">broken</a><a href="/b/guides/#costs">ok</a><a href="/b/guides/#gone">broken</a>'),
			page('guides/', '<h2 id="costs">Costs</h2><a href="#costs">ok</a><a href="#missing">broken</a><img src="/b/logo.svg" alt=""><img src="/b/gone.png" alt="">'),
		];
		expect(linkProblems(pages, '/b/', new Set(['logo.svg']))).toEqual([
			'/: links to /b/nope/, which the build does not have',
			'/: links to #gone on /b/guides/, which has no such id',
			'guides/: links to #missing on /b/guides/, which has no such id',
			'guides/: links to /b/gone.png, which the build does not have',
		]);
	});
});

test('pages sharing a title or a description are reported; the 404 page is left out', () => {
	const pages = [page('a/', '', 'Same', 'One'), page('b/', '', 'Same', 'Two'), page('404.html', '', 'Same', 'One')];
	expect(duplicateMeta(pages)).toEqual(['b/: has the same title as a/: "Same"']);
});

test('the accessibility rules still catch real faults: an image without alt text, an unlabelled field, an empty button', async () => {
	const report = await new HtmlValidate(htmlValidateConfig).validateString(
		page('x/', '<main><img src="a.png"><input type="text" id="f"><button type="button"></button></main>').html,
	);
	const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
	expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'input-missing-label', 'text-content']));
});

describe('English left on Turkish pages', () => {
	const english = { skip: 'Skip to main content', call: 'Call the clinic on {phone}', nav: 'Guides' };
	const turkish = { skip: 'Ana içeriğe geç', call: 'Kliniği arayın: {phone}', nav: 'Rehberler' };

	test('finds an English string, and a run of one between placeholders', () => {
		const html = '<html lang="tr-TR"><body><a href="#m">Skip to main content</a><p>Call the clinic on 999</p></body></html>';
		expect(untranslated(html, english, turkish)).toEqual(['Skip to main content', 'Call the clinic on']);
	});

	test('ignores the language switcher, scripts and attributes, and Turkish text', () => {
		const html = '<html lang="tr-TR"><body><a href="/en/" lang="en-GB"><span>Skip to main content</span></a><script>"Skip to main content"</script><p title="Call the clinic on">Ana içeriğe geç Rehberler</p></body></html>';
		expect(untranslated(html, english, turkish)).toEqual([]);
		expect(visibleText(html, 'en')).toBe(' Ana içeriğe geç Rehberler ');
	});

	test('ignores a section marked English (the 404 page speaks every language), not English outside it', () => {
		const html = '<html lang="tr-TR"><body><h1>Rehberler</h1><section lang="en"><h2>Skip to main content</h2></section><p>Skip to main content</p></body></html>';
		expect(untranslated(html, english, turkish)).toEqual(['Skip to main content']);
		expect(visibleText(html.replace('<p>Skip to main content</p>', ''), 'en')).toBe(' Rehberler ');
	});
});
