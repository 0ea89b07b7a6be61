import { describe, expect, test } from 'vitest';
import { guideSchema } from './guide-schema.ts';

const valid = {
	title: 'Costs',
	description: 'What a session costs and why fees change from year to year.',
	topic: 'costs',
	order: 9,
	lastReviewed: new Date(Date.UTC(2026, 10, 20)),
	nextReview: '2027-11-20',
	sources: [{ title: 'Clinic fees', publisher: 'The clinic', year: 2026 }],
};

function messages(data: unknown) {
	const result = guideSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('guide front matter', () => {
	test('reads YAML dates as calendar dates', () => {
		const data = guideSchema.parse(valid);
		expect(data.lastReviewed).toBe('2026-11-20');
		expect(data.nextReview).toBe('2027-11-20');
	});

	test.each([
		['a missing title', { title: undefined }, 'title: add "title" to the front matter, like title: What prolotherapy is'],
		['an unknown topic', { topic: 'prices' }, 'topic: topic must be one of: what-it-is, who-it-is-for, before-treatment, preparation, treatment-day, side-effects, aftercare, results, costs, questions'],
		['an impossible date', { nextReview: '2027-02-30' }, 'nextReview: nextReview must be a real date written like 2026-11-20'],
		['a review due before the last one', { nextReview: '2025-01-01' }, 'nextReview: nextReview must be after lastReviewed'],
		['no sources', { sources: [] }, 'sources: sources must list at least one source'],
		['an order of 0', { order: 0 }, 'order: order must be 1 or more'],
		['a misspelt field', { titel: 'Costs' }, ': Unrecognized key: "titel"'],
	])('%s is refused with a message that says what to change', (_case, change, message) => {
		expect(messages({ ...valid, ...change })).toEqual([message]);
	});
});
