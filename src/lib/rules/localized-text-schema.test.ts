import { expect, test } from 'vitest';
import { localizedListSchema, localizedTextSchema } from './localized-text-schema.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []));

test('text in one or more languages, trimmed', () => {
	expect(localizedTextSchema.parse({ en: ' Review ', tr: 'Kontrol' })).toEqual({ en: 'Review', tr: 'Kontrol' });
	expect(localizedListSchema.parse({ en: ['Brufen'] })).toEqual({ en: ['Brufen'] });
});

test('a key that is not a language code, empty text or no language at all says what to change', () => {
	expect(messages(localizedTextSchema.safeParse({ English: 'Review' }))).toContain('Use a language code such as "en" or "tr".');
	expect(messages(localizedTextSchema.safeParse({ en: '  ' }))).toEqual(['Write some text, or leave this language out.']);
	expect(messages(localizedTextSchema.safeParse({}))).toEqual(['Give the text in at least one language, for example { en: "…" }.']);
	expect(messages(localizedListSchema.safeParse({ en: [''] }))).toEqual(['Write some text, or leave this language out.']);
});
