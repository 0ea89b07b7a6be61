/**
 * A whole number typed into a box, read at the edge (the rules take numbers, never form text):
 * digits with spaces around them. More than six digits is past any plan (a link's
 * `n=999999999999`) and reads as too many, not as a wrong kind of number.
 *
 * @example
 * [readWholeNumber(' 3 '), readWholeNumber('3.5'), readWholeNumber('1e2'), readWholeNumber('１２'), readWholeNumber('9999999')]
 * //=> [{ ok: true, value: 3 }, { ok: false, error: 'notAWholeNumber' }, { ok: false, error: 'notAWholeNumber' }, { ok: false, error: 'notAWholeNumber' }, { ok: false, error: 'tooMany' }]
 */
export function readWholeNumber(text: string): { ok: true; value: number } | { ok: false; error: 'notAWholeNumber' | 'tooMany' } {
	const digits = /^\s*([0-9]+)\s*$/.exec(text)?.[1];
	if (digits === undefined) return { ok: false, error: 'notAWholeNumber' };
	if (digits.length > 6) return { ok: false, error: 'tooMany' };
	return { ok: true, value: Number(digits) };
}
