import { expect, test } from 'vitest';
import { en } from '../../i18n/strings/en.ts';
import { plannerStrings } from './strings.ts';

test('the planner island gets its own and the shared words, and not the page’s nor the picker’s (they load with it)', () => {
	const keys = Object.keys(plannerStrings(en));
	expect(keys).toContain('planner.submit');
	expect(keys).not.toContain('medication.find.label');
	expect(keys).toContain('calc.download');
	expect(keys.filter((key) => key.startsWith('planner.rules.') || key === 'calc.noScript')).toEqual([]);
	expect(keys.filter((key) => key.startsWith('medication.result.'))).toEqual([]);
});
