import { expect, test } from 'vitest';
import { guideReviewer } from './reviewer.ts';

const clinic = (role: string | Partial<Record<'en' | 'tr', string>>) => ({ clinic: { reviewer: { name: 'Dr A', role } }, languages: { default: 'en' as const } });

test.each([
	['one role for every language', 'Consultant', 'tr', 'Consultant'],
	['the page language’s role', { en: 'Consultant', tr: 'Uzman' }, 'tr', 'Uzman'],
	['the default language’s role when the page’s is missing', { en: 'Consultant' }, 'tr', 'Consultant'],
	['any role given when neither is there', { tr: 'Uzman' }, 'en', 'Uzman'],
] as const)('%s', (_case, role, lang, expected) => {
	expect(guideReviewer({ reviewer: undefined }, clinic(role), lang)).toEqual({ name: 'Dr A', role: expected });
});

test('a guide’s own reviewer wins', () => {
	expect(guideReviewer({ reviewer: { name: 'Dr B', role: 'Physio' } }, clinic('Consultant'), 'en')).toEqual({ name: 'Dr B', role: 'Physio' });
});
