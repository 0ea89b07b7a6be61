import { expect, test } from 'vitest';
import { en } from '../../i18n/strings/en.ts';
import { plannerAnswerStrings, plannerPageStrings, plannerStrings } from './strings.ts';

test('the planner island gets its own and the shared words, and not the page’s nor the picker’s (they load with it)', () => {
	const keys = Object.keys(plannerStrings(en));
	expect(keys).toContain('planner.submit');
	expect(keys).not.toContain('medication.find.label');
	expect(keys).toContain('calc.download');
	expect(keys.filter((key) => key.startsWith('planner.rules.') || key === 'calc.noScript')).toEqual([]);
	expect(keys.filter((key) => key.startsWith('medication.result.'))).toEqual([]);
});

test('the answer’s words come with the answer, not the page, and every island word goes one way or the other', () => {
	const page = Object.keys(plannerPageStrings(en));
	const answer = Object.keys(plannerAnswerStrings(en));
	expect(answer).toContain('planner.result.title');
	expect(answer).toContain('calc.letterNamed');
	expect(page).not.toContain('planner.result.title');
	// Errors and suggestions show without the answer: they stay in the page.
	expect(page).toContain('planner.suggestions.title');
	expect(page.filter((key) => answer.includes(key))).toEqual([]);
	expect([...page, ...answer].sort()).toEqual(Object.keys(plannerStrings(en)).sort());
});
