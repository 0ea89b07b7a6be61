import { expect, test } from 'vitest';
import { contrastRatio, parseHexColour } from './colour.ts';

test.each([
	['#005eb8', [0, 94, 184]],
	['#FFF', [255, 255, 255]],
	['blue', undefined],
	['#12345', undefined],
])('parseHexColour(%s)', (input, expected) => {
	expect(parseHexColour(input)).toEqual(expected);
});

test('contrastRatio follows WCAG 2', () => {
	expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
	expect(contrastRatio('#005eb8', '#ffffff')).toBeCloseTo(6.38, 2);
	expect(contrastRatio('#ffffff', '#005eb8')).toBe(contrastRatio('#005eb8', '#ffffff'));
	expect(contrastRatio('nope', '#ffffff')).toBe(1);
});
