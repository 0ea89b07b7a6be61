import { expect, test } from 'vitest';
import { exercisesInSource, splitSheetId } from './sheets.ts';

test('splitSheetId accepts the general guide and the areas, in a language folder', () => {
	expect(splitSheetId('en/overview')).toEqual({ ok: true, lang: 'en', sheet: 'overview' });
	expect(splitSheetId('tr/wrist-hand')).toEqual({ ok: true, lang: 'tr', sheet: 'wrist-hand' });
	for (const id of ['en/neck', 'fr/knee', 'knee', 'en/knee/extra']) expect(splitSheetId(id).ok, id).toBe(false);
});

test('exercisesInSource reads each exercise’s id and name in order', () => {
	const source = '<Exercise id="a-b" title="First" picture="x">\n\n1. Step\n\n</Exercise>\n<Exercise title="Second" id="c-d">';
	expect(exercisesInSource(source)).toEqual([
		{ id: 'a-b', title: 'First' },
		{ id: 'c-d', title: 'Second' },
	]);
});

