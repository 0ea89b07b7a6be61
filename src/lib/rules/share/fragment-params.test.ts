import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatFragmentParams, MAX_FRAGMENT_LENGTH, parseFragmentParams, splitList } from './fragment-params.ts';

describe('parseFragmentParams', () => {
	test.each([
		['#a=1&b=2', { a: '1', b: '2' }],
		['a=1&b=2', { a: '1', b: '2' }],
		// The first of a repeated key wins.
		['#a=1&a=2', { a: '1' }],
		// Escaped by an app on the way: %2C is a comma.
		['#m=ibuprofen%2Cnaproxen', { m: 'ibuprofen,naproxen' }],
		// Unreadable pieces are skipped, the rest is kept.
		['#a=%E0%A4%A&b=2', { b: '2' }],
		['#=1&b&&c=3', { c: '3' }],
		['#a==1', { a: '=1' }],
		['', {}],
		['#', {}],
	])('%j → %j', (fragment, expected) => {
		expect(Object.fromEntries(parseFragmentParams(fragment))).toEqual(expected);
	});

	test('keys such as __proto__ are just keys', () => {
		const params = parseFragmentParams('#__proto__=x&constructor=y');
		expect(params.get('__proto__')).toBe('x');
		expect(({} as Record<string, unknown>)['x']).toBeUndefined();
	});

	test('reads at most MAX_FRAGMENT_LENGTH characters', () => {
		const params = parseFragmentParams(`#a=1&b=${'x'.repeat(MAX_FRAGMENT_LENGTH)}&c=3`);
		expect(params.get('a')).toBe('1');
		expect(params.has('c')).toBe(false);
	});

	test('never throws', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^#?([a-z%0-9]{0,4}=[a-z%0-9,]{0,6}&?){0,5}$/)), (fragment) => {
				expect(parseFragmentParams(fragment)).toBeInstanceOf(Map);
			}),
		);
	});

	test.each([[null], [undefined]])('%j gives no parameters', (fragment) => {
		expect(parseFragmentParams(fragment).size).toBe(0);
	});
});

describe('formatFragmentParams', () => {
	test('writes key=value pairs after a #, leaving out empty values', () => {
		expect(formatFragmentParams([['a', '1'], ['b', ''], ['c', '3']])).toBe('#a=1&c=3');
	});

	test('nothing to write gives an empty string', () => {
		expect(formatFragmentParams([['a', '']])).toBe('');
	});
});

describe('splitList', () => {
	test('keeps valid values once, in order, up to the limit', () => {
		expect(splitList('b,a,b,x,c', (value) => value !== 'x', 2)).toEqual(['b', 'a']);
		expect(splitList(undefined, () => true)).toEqual([]);
	});
});
