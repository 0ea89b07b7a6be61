import { expect, test } from 'vitest';
import { readWholeNumber } from './read-number.ts';

test.each([
	['3', { ok: true, value: 3 }],
	[' 12 ', { ok: true, value: 12 }],
	['0', { ok: true, value: 0 }],
	['', { ok: false, error: 'notAWholeNumber' }],
	['3.5', { ok: false, error: 'notAWholeNumber' }],
	['-2', { ok: false, error: 'notAWholeNumber' }],
	['1e2', { ok: false, error: 'notAWholeNumber' }],
	['１２', { ok: false, error: 'notAWholeNumber' }],
	['three', { ok: false, error: 'notAWholeNumber' }],
	['999999', { ok: true, value: 999999 }],
	['9999999', { ok: false, error: 'tooMany' }],
	// Form and link text the rules once read themselves (they take numbers now): the same verdicts.
	[' 3 ', { ok: true, value: 3 }],
	['1e3', { ok: false, error: 'notAWholeNumber' }],
	['many', { ok: false, error: 'notAWholeNumber' }],
	['999999999999', { ok: false, error: 'tooMany' }],
])('%j reads as %j', (text, expected) => {
	expect(readWholeNumber(text)).toEqual(expected);
});
