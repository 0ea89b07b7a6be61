import { expect, test } from 'vitest';
import { en } from './strings/en.ts';
import { tr } from './strings/tr.ts';
import { formatMoney } from './format-money.ts';
import { pluralKey } from './plural.ts';

test('money reads naturally in both languages: no pennies on whole amounts, the sign where people put it', () => {
	expect(formatMoney(720, 'GBP', 'en-GB', en['money.format'])).toBe('£720');
	expect(formatMoney(180.5, 'GBP', 'en-GB', en['money.format'])).toBe('£180.50');
	expect(formatMoney(7200, 'TRY', 'tr-TR', tr['money.format'])).toBe('7.200\u00a0₺');
	expect(formatMoney(1250, 'EUR', 'en-GB', en['money.format'])).toBe('€1,250');
});

test('plural forms follow Intl.PluralRules, with .other for forms a language does not give', () => {
	const has = (key: string) => key in en;
	expect(pluralKey('planner.result.summary', 1, 'en-GB', has)).toBe('planner.result.summary.one');
	expect(pluralKey('planner.result.summary', 2, 'en-GB', has)).toBe('planner.result.summary.other');
	expect(pluralKey('planner.result.summary', 0, 'en-GB', has)).toBe('planner.result.summary.other');
	expect(pluralKey('planner.cost.total', 1, 'tr-TR', (key) => key in tr)).toBe('planner.cost.total.one');
	// Welsh has a "two" form; English strings have none, so .other is used.
	expect(pluralKey('planner.cost.total', 2, 'cy', has)).toBe('planner.cost.total.other');
});
