import { expect, test } from 'vitest';
import { pageWords, strings } from '../../i18n/index.ts';
import { languages, type Lang } from '../../i18n/languages.ts';
import { sessionPrice } from '../../lib/site/content/setting-values.ts';
import { planCourse } from '../../lib/rules/planner/plan-course.ts';
import { loadSettings } from '../../lib/site/settings/load.ts';
import { plannerSettingsFromInput } from '../../../tests/unit/support/planner-settings.ts';
import { planSentences } from './plan-sentences.ts';
import { plannerStrings } from './strings.ts';

const example = loadSettings({}, process.cwd());
const result = planCourse({ firstSession: '2027-03-12', sessions: 3, weeksBetween: 4, today: '2027-03-01', settings: plannerSettingsFromInput() });
if (result.status === 'invalid') throw new Error('invalid plan');
const { plan } = result;

/** The price as the costs guide shows it (SessionPrice) and as the planner's estimate writes it. */
function bothWays(lang: Lang, amount: number, currency: string) {
	const guide = sessionPrice({ ...example, treatment: { ...example.treatment, pricePerSession: { amount, currency } } }, pageWords(lang));
	const planner = planSentences(plan, 4, { amount, currency }, plannerStrings(strings[lang]), languages[lang].tag).cost;
	return { guide, planner };
}

test.each([
	['en', 180, 'GBP', '£180', 'About £540: 3 sessions at £180 each.'],
	['en', 180, 'USD', '$180', 'About $540: 3 sessions at $180 each.'],
	['en', 7200, 'TRY', '₺7,200', 'About ₺21,600: 3 sessions at ₺7,200 each.'],
	['tr', 7200, 'TRY', '7.200\u00a0₺', 'Toplam yaklaşık 21.600\u00a0₺ (3 seans, seansı 7.200\u00a0₺).'],
	['tr', 180, 'GBP', '180\u00a0£', 'Toplam yaklaşık 540\u00a0£ (3 seans, seansı 180\u00a0£).'],
	['tr', 149.5, 'EUR', '149,50\u00a0€', 'Toplam yaklaşık 448,50\u00a0€ (3 seans, seansı 149,50\u00a0€).'],
] as const)('%s %s %s reads the same in the costs guide and in the planner', (lang, amount, currency, price, cost) => {
	const { guide, planner } = bothWays(lang, amount, currency);
	expect(guide).toBe(price);
	expect(planner).toBe(cost);
	expect(planner).toContain(guide);
});

test('with no price set, neither the guide nor the planner shows one', () => {
	expect(sessionPrice({ ...example, treatment: { ...example.treatment, pricePerSession: undefined } }, pageWords('tr'))).toBeUndefined();
	expect(planSentences(plan, 4, undefined, plannerStrings(strings.tr), 'tr-TR').cost).toBeUndefined();
});
