import { describe, expect, test } from 'vitest';
import { fill, languageCodes, strings } from '../../src/i18n/index.ts';

describe.each(languageCodes)('%s strings', (lang) => {
	test('have exactly the English keys, none empty', () => {
		expect(Object.keys(strings[lang]).sort()).toEqual(Object.keys(strings.en).sort());
		for (const [key, value] of Object.entries(strings[lang])) expect(value.trim(), key).not.toBe('');
	});

	test('use the same placeholders as English', () => {
		for (const [key, english] of Object.entries(strings.en)) {
			const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(strings[lang][key as keyof typeof strings.en]), key).toEqual(names(english));
		}
	});
});

test('Turkish strings are not English left untranslated', () => {
	const same = Object.entries(strings.tr).filter(
		([key, value]) => value === strings.en[key as keyof typeof strings.en] && /[a-z]{4,}/i.test(value.replace(/\{\w+\}/g, '')),
	);
	expect(same).toEqual([]);
});

test('fill puts values into placeholders and leaves unknown ones visible', () => {
	expect(fill('Call {phone} or {other}', { phone: '999' })).toBe('Call 999 or {other}');
});
