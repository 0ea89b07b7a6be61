import { expect, test } from 'vitest';
import { langFromPath } from './lang-from-path.ts';

test.each([
	['/patients/tr/guides/costs/', '/patients/', 'en', 'tr'],
	['/patients/guides/costs/', '/patients/', 'en', 'en'],
	['/en/guides/', '/', 'tr', 'en'],
	['/', '/', 'tr', 'tr'],
	['/trivia/', '/', 'en', 'en'],
] as const)('%s under %s (default %s) is %s', (path, base, defaultLang, expected) => {
	expect(langFromPath(path, base, defaultLang)).toBe(expected);
});
