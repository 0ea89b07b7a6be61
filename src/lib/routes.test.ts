import { describe, expect, test } from 'vitest';
import { buildRoutes, guidePath, localePath, pagePath } from './routes.ts';

describe('paths', () => {
	test.each([
		['en', 'en', 'guides/', 'guides/'],
		['tr', 'en', 'guides/', 'tr/guides/'],
		['en', 'tr', 'guides/', 'en/guides/'],
		['tr', 'tr', '', ''],
	] as const)('%s page with default %s', (lang, defaultLang, path, expected) => {
		expect(localePath(lang, defaultLang, path)).toBe(expected);
	});

	test('fixed pages and guides', () => {
		expect(pagePath('medication', 'tr', 'en')).toBe('tr/medication-dates/');
		expect(guidePath('costs', 'en', 'en')).toBe('guides/costs/');
	});
});

describe('buildRoutes', () => {
	const routes = buildRoutes({
		defaultLang: 'en',
		enabled: ['en', 'tr'],
		guides: [
			{ lang: 'en', slug: 'costs' },
			{ lang: 'tr', slug: 'costs' },
			{ lang: 'en', slug: 'english-only' },
		],
	});

	test('has every fixed page in each language, and each guide once', () => {
		expect(routes.map((r) => r.path).sort()).toEqual(
			[
				'',
				'guides/',
				'guides/costs/',
				'guides/english-only/',
				'medication-dates/',
				'plan-your-sessions/',
				'search/',
				'tr/',
				'tr/guides/',
				'tr/guides/costs/',
				'tr/medication-dates/',
				'tr/plan-your-sessions/',
				'tr/search/',
			].sort(),
		);
	});

	test('links each guide to its twins only', () => {
		expect(routes.find((r) => r.path === 'tr/guides/costs/')?.alternates).toEqual({ en: 'guides/costs/', tr: 'tr/guides/costs/' });
		expect(routes.find((r) => r.path === 'guides/english-only/')?.alternates).toEqual({ en: 'guides/english-only/' });
	});

	test('leaves out languages the clinic switched off', () => {
		const englishOnly = buildRoutes({ defaultLang: 'en', enabled: ['en'], guides: [{ lang: 'tr', slug: 'costs' }] });
		expect(englishOnly.some((r) => r.lang === 'tr')).toBe(false);
	});
});
