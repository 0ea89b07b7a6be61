/**
 * The builds `npm test` makes (scripts/test.ts) and the browser tests run against
 * (vitest.config.ts's `browser` and `browser-tr` projects).
 */

/** The sub-path the test builds are served under, as a clinic deploying to a folder would. */
export const TEST_BASE = '/clinic-site/';

/** The example clinic (clinic.yaml): English first, Turkish under /tr/. */
export const TEST_OUT_DIR = 'dist-test';

/**
 * The example clinic in Türkiye (clinics/istanbul.yaml): Turkish at the top, English under /en/,
 * 112, an acil servis out of hours, Turkish public holidays and prices in lira.
 */
export const TURKISH_FIRST = { settings: 'clinics/istanbul.yaml', outDir: 'dist-test-tr', defaultLang: 'tr' } as const;

/**
 * The browser tests whose outcome can change with the default language and the clinic: page
 * paths, `<html lang>` and hreflang, the language switcher and 404 page, the emergency number,
 * search per language, the offline page list. The rest (calculators, axe on every page, care
 * cards) render the same pages either way, so they run against the example clinic only.
 */
export const DEFAULT_LANGUAGE_TESTS = [
	'tests/browser/languages.test.ts',
	'tests/browser/navigation.test.ts',
	'tests/browser/search.test.ts',
	'tests/browser/offline.test.ts',
];
