import { expect, test } from 'vitest';
import { guideSchema } from '../../src/lib/site/content/guide-schema.ts';
import { generatedGuide, phaseSummary } from '../../scripts/scale.ts';
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

test('each run names Astro\'s phases in build order and leaves out a phase the build did not have', () => {
	const stats = { 'Static generate': { elapsedTime: 11642 }, 'Total build': { elapsedTime: 33373 }, 'Sync content layer': { elapsedTime: 1970 }, 'Client build': { elapsedTime: 924 } };
	expect(phaseSummary(stats)).toBe('content 2.0 s, islands 0.9 s, pages 11.6 s');
	expect(phaseSummary({})).toBe('');
});
