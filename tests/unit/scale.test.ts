import { expect, test } from 'vitest';
import { guideSchema } from '../../src/lib/site/content/guide-schema.ts';
import { generatedGuide } from '../../scripts/scale.ts';
import { parse } from 'yaml';

test('generated guides have valid front matter and distinct orders', () => {
	const orders = new Set<number>();
	for (const n of [0, 1, 9, 999]) {
		const [, front = ''] = generatedGuide(n).split('---');
		const data = guideSchema.parse(parse(front));
		orders.add(data.order);
		expect(data.title).toBe(`Guide number ${n}`);
	}
	expect(orders.size).toBe(4);
});
