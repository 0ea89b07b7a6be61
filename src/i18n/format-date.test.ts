import { expect, test } from 'vitest';
import { formatDate, formatDuration, formatList, formatMonth } from './format-date.ts';

/* Run under several TZ values by npm test: a calendar date never moves to another day. */
test.each([
	['2027-03-12', 'en-GB', 'weekday', 'Friday 12 March 2027'],
	['2027-03-12', 'tr-TR', 'weekday', '12 Mart 2027 Cuma'],
	['2028-02-29', 'en-GB', 'long', '29 February 2028'],
	['2026-12-31', 'tr-TR', 'long', '31 Aralık 2026'],
	['2027-01-01', 'en-GB', 'short', 'Fri 1 Jan'],
] as const)('formatDate(%s, %s, %s)', (date, tag, style, expected) => {
	expect(formatDate(date, tag, style)).toBe(expected);
});

test('durations and lists in each language', () => {
	expect(formatDuration(3, 'day', 'en-GB')).toBe('3 days');
	expect(formatDuration(1, 'day', 'en-GB')).toBe('1 day');
	expect(formatDuration(6, 'month', 'tr-TR')).toBe('6 ay');
	expect(formatList(['a', 'b', 'c'], 'en-GB', 'disjunction')).toBe('a, b or c');
	expect(formatList(['a', 'b', 'c'], 'tr-TR')).toBe('a, b ve c');
});

test('formatMonth writes a month in the reader’s language, in any time zone', () => {
	expect(formatMonth('2026-11', 'en-GB')).toBe('November 2026');
	expect(formatMonth('2026-11', 'tr-TR')).toBe('Kasım 2026');
	expect(formatMonth('2027-01', 'en-GB')).toBe('January 2027');
});
