import { expect, test } from 'vitest';
import { belowFloors, PAGE_TYPES } from '../../scripts/lighthouse.ts';

test('belowFloors names each category under its floor, rounding as Lighthouse shows scores', () => {
	// 0.949 shows as 95, which meets the performance floor; a missing score counts as 0.
	expect(belowFloors('en guide', { performance: 0.949, accessibility: 1, 'best-practices': 0.99, seo: null })).toEqual([
		'en guide: best-practices is 99, under 100',
		'en guide: seo is 0, under 100',
	]);
	expect(belowFloors('tr home', { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 })).toEqual([]);
	expect(belowFloors('tr home', { performance: 0.94, accessibility: 1, 'best-practices': 1, seo: 1 })).toEqual(['tr home: performance is 94, under 95']);
});

test('Lighthouse measures one page of each kind every language has, the 404 page aside', () => {
	expect(PAGE_TYPES).toEqual({
		home: '',
		guides: 'guides/',
		guide: 'guides/side-effects/',
		planner: 'plan-your-sessions/',
		medication: 'medication-dates/',
		search: 'search/',
		exercise: 'exercises/knee/',
		pack: 'print/before-treatment/',
	});
});
