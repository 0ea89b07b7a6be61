import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isIsoDate, isoDate } from '../dates/iso-date.ts';
import { defaultMedicationRules } from '../medication/schema.ts';
import { decodeCourseFragment, encodeCourseFragment, typedCourseFields, type CourseShareInputs } from './course-fragment.ts';

const rules = defaultMedicationRules;
const limits = { sessions: { min: 1, max: 6 }, weeksBetween: { min: 2, max: 6 } };
const empty: CourseShareInputs = { firstSession: null, sessions: null, weeksBetween: null, moves: [], medicineIds: [], groupIds: [], prescriberAgreed: [] };

describe('encodeCourseFragment', () => {
	test('a whole plan; the prescriber\'s agreement is never written, even when the page has it', () => {
		expect(
			encodeCourseFragment({ firstSession: isoDate('2027-03-01'), sessions: 3, weeksBetween: 4, moves: [3, 1, 3], medicineIds: ['ibuprofen', 'rivaroxaban'], groupIds: ['nsaid'], prescriberAgreed: ['rivaroxaban'] } as CourseShareInputs),
		).toBe('#f=2027-03-01&n=3&w=4&mv=1,3&m=ibuprofen,rivaroxaban&g=nsaid');
	});

	test('all moves, and empty parts left out', () => {
		expect(encodeCourseFragment({ ...empty, moves: 'all' })).toBe('#mv=all');
		expect(encodeCourseFragment(empty)).toBe('');
	});

	test('values that are not dates, whole numbers or ids never reach the link', () => {
		expect(encodeCourseFragment({ ...empty, firstSession: '2027-02-30' as never, sessions: 2.5, weeksBetween: -1, moves: [0, 1.5, Number.NaN], medicineIds: ['a&b=c'] })).toBe('');
	});
});

describe('decodeCourseFragment', () => {
	test('reads a plan back', () => {
		expect(decodeCourseFragment('#f=2027-03-01&n=3&w=4&mv=1,3&m=ibuprofen,rivaroxaban&ok=rivaroxaban', limits, rules)).toEqual({
			firstSession: '2027-03-01',
			sessions: 3,
			weeksBetween: 4,
			moves: [1, 3],
			medicineIds: ['ibuprofen', 'rivaroxaban'],
			groupIds: [],
			// The prescriber's agreement never travels in a link (issue 10): the reader confirms again.
			prescriberAgreed: [],
		});
	});

	test.each<[string, Partial<CourseShareInputs>]>([
		['#f=2027-02-30', { firstSession: null }],
		['#f=1/3/2027', { firstSession: null }],
		// Numbers outside the clinic's limits, or not whole numbers, are dropped, not clamped.
		['#n=7&w=1', { sessions: null, weeksBetween: null }],
		['#n=0&w=7', { sessions: null, weeksBetween: null }],
		['#n=2.5&w=4e0', { sessions: null, weeksBetween: null }],
		['#n=-3&w= 4', { sessions: null, weeksBetween: null }],
		['#n=003', { sessions: 3 }],
		// Session numbers that cannot exist, and repeats, are dropped.
		['#mv=0,2,2,7,all,-1', { moves: [2] }],
		['#mv=all', { moves: 'all' }],
		['#m=ibuprofen,no-such&ok=no-such', { medicineIds: ['ibuprofen'], prescriberAgreed: [], unread: ['no-such'] }],
	])('%s', (fragment, expected) => {
		expect(decodeCourseFragment(fragment, limits, rules)).toEqual({ ...empty, ...expected });
	});

	test('never throws on any string, and keeps only valid values', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.stringMatching(/^#(f|n|w|mv|m|g|ok)=[-0-9a-z,.%&=]*$/)), (fragment) => {
				const decoded = decodeCourseFragment(fragment, limits, rules);
				expect(decoded.firstSession === null || isIsoDate(decoded.firstSession)).toBe(true);
				for (const [value, range] of [[decoded.sessions, limits.sessions], [decoded.weeksBetween, limits.weeksBetween]] as const) {
					if (value !== null) expect(Number.isInteger(value) && value >= range.min && value <= range.max).toBe(true);
				}
				if (decoded.moves !== 'all') expect(decoded.moves.every((n) => Number.isInteger(n) && n >= 1 && n <= 6)).toBe(true);
			}),
		);
		for (const odd of [null, undefined, '#', '%', '#f=%E0%A4%A', '#'.repeat(5000)]) {
			expect(() => decodeCourseFragment(odd, limits, rules)).not.toThrow();
		}
	});

	test('encode then decode gives the plan back', () => {
		const plan = fc.record({
			firstSession: fc.constantFrom(isoDate('2027-03-01'), isoDate('2028-02-29')),
			sessions: fc.integer({ min: 1, max: 6 }),
			weeksBetween: fc.integer({ min: 2, max: 6 }),
			moves: fc.oneof(fc.constant('all' as const), fc.uniqueArray(fc.integer({ min: 1, max: 6 })).map((list) => list.sort((a, b) => a - b))),
			medicineIds: fc.subarray(['ibuprofen', 'naproxen', 'apixaban']),
			groupIds: fc.constant([]),
			prescriberAgreed: fc.constant([]),
		});
		fc.assert(
			fc.property(plan, (inputs) => {
				expect(decodeCourseFragment(encodeCourseFragment(inputs), limits, rules)).toEqual(inputs);
			}),
		);
	});
});

describe('typedCourseFields', () => {
	const date = (day: string, month: string, year: string, text: string, asWritten = true) => ({ parts: { day, month, year }, asWritten, text });
	test.each([
		// Values outside the limits, or not real dates, are kept for the fields: the errors then say what to change.
		['#f=2027-03-08&n=999&w=-1', { firstSession: date('8', '3', '2027', '2027-03-08'), sessions: '999', weeksBetween: '-1' }],
		['#f=2027-02-30&n=2.5', { firstSession: date('30', '2', '2027', '2027-02-30'), sessions: '2.5', weeksBetween: null }],
		// Issue 28: numbers no plan has, and dates not written as the site writes them, are shown as the link said.
		['#f=2027-03-08&n=999999999999&w=1e2', { firstSession: date('8', '3', '2027', '2027-03-08'), sessions: '999999999999', weeksBetween: '1e2' }],
		['#f=2027-3-8T10:00&n=%EF%BC%93', { firstSession: date('8', '3', '2027', '2027-3-8T10:00', false), sessions: '３', weeksBetween: null }],
		// Anything else is text in a field, never markup.
		['#f=<b>&n=3<script>&w=', { firstSession: date('', '', '', '<b>', false), sessions: '3<script>', weeksBetween: null }],
		['', { firstSession: null, sessions: null, weeksBetween: null }],
	])('%s', (fragment, expected) => {
		expect(typedCourseFields(fragment)).toEqual(expected);
	});

	test('never throws, and keeps at most 30 characters of a value, without control characters', () => {
		fc.assert(
			fc.property(fc.string(), (fragment) => {
				const typed = typedCourseFields(`#${fragment}`);
				for (const value of [typed.sessions, typed.weeksBetween, typed.firstSession?.text ?? null]) {
					if (value !== null) expect(value).toMatch(/^[^\u0000-\u001f]{1,30}…?$/u);
				}
			}),
		);
	});
});
