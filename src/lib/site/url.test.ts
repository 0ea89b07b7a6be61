import { describe, expect, test } from 'vitest';
import settings from 'virtual:clinic/settings';
import { absoluteUrl, exerciseUrl, guideUrl, pageUrl, url } from './url.ts';

/* The example clinic's settings, as vitest.config.ts serves them; its other languages sit under their code. */
const { base } = settings.site;
const other = settings.languages.enabled.find((lang) => lang !== settings.languages.default);

describe('the site addresses', () => {
	test('put the base in front of a path once, with or without its leading slash', () => {
		expect(url('guides/costs/')).toBe(`${base}guides/costs/`);
		expect(url('/logo.svg')).toBe(url('logo.svg'));
		expect(url('')).toBe(base);
		expect(url('/')).toBe(base);
	});

	test('a full address has the site origin and the base', () => {
		const address = new URL(absoluteUrl('sitemap.xml'));
		expect(address.origin).toBe(new URL(settings.site.url).origin);
		expect(address.pathname).toBe(`${base}sitemap.xml`);
	});

	test('pages, guides and sheets of the default language sit at the top, the others under their code', () => {
		expect(pageUrl('home', settings.languages.default)).toBe(base);
		expect(pageUrl('planner', settings.languages.default)).toBe(`${base}plan-your-sessions/`);
		expect(guideUrl('costs', settings.languages.default)).toBe(`${base}guides/costs/`);
		expect(exerciseUrl('overview', settings.languages.default)).toBe(`${base}exercises/`);
		expect(other).toBeDefined();
		if (other === undefined) return;
		expect(pageUrl('home', other)).toBe(`${base}${other}/`);
		expect(guideUrl('costs', other)).toBe(`${base}${other}/guides/costs/`);
		expect(exerciseUrl('knee', other)).toBe(`${base}${other}/exercises/knee/`);
	});
});
