import { describe, expect, test } from 'vitest';
import { buildRoutes, guidePath, isListed, isOfflinePage, linkPath, localePath, pageKinds, pagePath, SAMPLE_GUIDE, samplePaths, type PageComponents, type PageKind } from './routes.ts';

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
				'clinic-letter/',
				'guides/',
				'guides/costs/',
				'guides/english-only/',
				'medication-dates/',
				'plan-your-sessions/',
				'search/',
				'print/before-treatment/',
				'tr/',
				'tr/clinic-letter/',
				'tr/guides/',
				'tr/guides/costs/',
				'tr/medication-dates/',
				'tr/plan-your-sessions/',
				'tr/search/',
				'tr/print/before-treatment/',
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

describe('the page-kind table', () => {
	test('gives each kind a path, and a guide its slug', () => {
		expect(samplePaths()).toEqual({
			home: '',
			guides: 'guides/',
			guide: `guides/${SAMPLE_GUIDE}/`,
			planner: 'plan-your-sessions/',
			medication: 'medication-dates/',
			search: 'search/',
			clinicLetter: 'clinic-letter/',
			exercise: 'exercises/knee/',
			pack: 'print/before-treatment/',
			notFound: '404.html',
		});
	});

	test('builds every kind in every language, except the one 404 page', () => {
		const routes = buildRoutes({ defaultLang: 'tr', enabled: ['en', 'tr'], guides: [{ lang: 'en', slug: 'costs' }] });
		const kinds = (Object.keys(pageKinds) as PageKind[]).filter((kind) => pageKinds[kind].languages === 'every');
		for (const lang of ['en', 'tr'] as const) {
			for (const kind of kinds.filter((k) => !pageKinds[k].path.includes('[slug]'))) expect(routes.some((r) => r.lang === lang && r.kind === kind)).toBe(true);
		}
		expect(routes.find((r) => r.kind === 'guide')?.path).toBe('en/guides/costs/');
		expect(routes.some((r) => r.kind === 'notFound')).toBe(false);
	});

	test.each([
		['', true],
		['tr/', true],
		['en/plan-your-sessions/', true],
		['404.html', true],
		['guides/costs/', false],
		['search/', false],
		['tr/clinic-letter/', true],
	])('the offline worker keeps %j ahead: %s', (path, expected) => {
		expect(isOfflinePage(path)).toBe(expected);
	});

	test('staff pages are left out of the sitemap and search; patients’ pages are listed', () => {
		expect((Object.keys(pageKinds) as PageKind[]).filter((kind) => !isListed(kind))).toEqual(['clinicLetter']);
	});

	test('a page component table needs every routed kind', () => {
		const complete: PageComponents<string> = { home: 'h', guides: 'g', guide: 'x', planner: 'p', medication: 'm', search: 's', exercise: 'e', clinicLetter: 'c', pack: 'k' };
		// @ts-expect-error: a kind without a component (here `search`) fails the type check.
		const missing: PageComponents<string> = { home: 'h', guides: 'g', guide: 'x', planner: 'p', medication: 'm', exercise: 'e', clinicLetter: 'c', pack: 'k' };
		expect(Object.keys(complete).length - Object.keys(missing).length).toBe(1);
	});
});

describe('linkPath', () => {
	const routes = buildRoutes({ defaultLang: 'en', enabled: ['en', 'tr'], guides: [{ lang: 'en', slug: 'costs' }, { lang: 'tr', slug: 'results' }] });

	test('finds pages and guides in the language', () => {
		expect(linkPath(routes, 'tr', { kind: 'medication' })).toBe('tr/medication-dates/');
		expect(linkPath(routes, 'en', { kind: 'guide', slug: 'costs' })).toBe('guides/costs/');
	});

	test('an unknown guide stops the build, naming the guide and the file it looked for', () => {
		expect(() => linkPath(routes, 'tr', { kind: 'guide', slug: 'costs' })).toThrow(
			'A link names the guide "costs", which the tr guides do not have (src/content/guides/tr/costs.mdx); the only one is results.',
		);
	});

	test('among a thousand guides the message names only the three nearest', () => {
		const many = buildRoutes({ defaultLang: 'en', enabled: ['en'], guides: [...Array.from({ length: 1000 }, (_, n) => ({ lang: 'en' as const, slug: `guide-${n}` })), { lang: 'en', slug: 'side-effect' }] });
		expect(() => linkPath(many, 'en', { kind: 'guide', slug: 'side-effects' })).toThrow(
			'A link names the guide "side-effects", which the en guides do not have (src/content/guides/en/side-effects.mdx); the nearest are side-effect, guide-0 and guide-1, of 1001 guides.',
		);
	});
});
