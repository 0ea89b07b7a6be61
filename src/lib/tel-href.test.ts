import { expect, test } from 'vitest';
import { telHref } from './tel-href.ts';

test.each([
	['+44 20 7946 0000', 'tel:+442079460000'],
	['+44\u00a020\u00a07946\u00a00000', 'tel:+442079460000'],
	['(0212) 555-01-23', 'tel:02125550123'],
	['999', 'tel:999'],
])('telHref(%j)', (number, expected) => {
	expect(telHref(number)).toBe(expected);
});
