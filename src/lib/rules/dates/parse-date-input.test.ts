import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber } from './calendar.ts';
import { addDays } from './calendar-steps.ts';
import { isIsoDate, isoDate, toDateParts } from './iso-date.ts';
import { parseDateInput, parseDateParts, type DateInputError } from './parse-date-input.ts';

const today = isoDate('2027-03-01');

describe('parseDateInput', () => {
	test.each([
		// What <input type="date"> gives.
		['2027-03-12', '2027-03-12'],
		// Typed by hand: year first, or day first as in the UK and Turkey.
		['2027/03/12', '2027-03-12'],
		['2027-3-5', '2027-03-05'],
		['12/03/2027', '2027-03-12'],
		['12.03.2027', '2027-03-12'],
		['12-3-2027', '2027-03-12'],
		['12 03 2027', '2027-03-12'],
		['12 / 03 / 2027', '2027-03-12'],
		['  2027-03-12\n', '2027-03-12'],
		// Full-width digits from some phone keyboards.
		['２０２７-０３-１２', '2027-03-12'],
		// Leap day in a leap year.
		['29.02.2028', '2028-02-29'],
	])('%j → %s', (input, expected) => {
		expect(parseDateInput(input)).toEqual({ ok: true, date: expected });
	});

	test.each<[string | null | undefined, DateInputError, readonly string[]]>([
		// Nothing typed (an <input type="date"> gives '' while incomplete).
		['', 'empty', ['day', 'month', 'year']],
		['   ', 'empty', ['day', 'month', 'year']],
		[undefined, 'empty', ['day', 'month', 'year']],
		[null, 'empty', ['day', 'month', 'year']],
		// Letters, or not three groups of digits.
		['tomorrow', 'notADate', ['day', 'month', 'year']],
		['12 March 2027', 'notADate', ['day', 'month', 'year']],
		['2027-03', 'notADate', ['day', 'month', 'year']],
		['2027-03-12-01', 'notADate', ['day', 'month', 'year']],
		['2027-03-12T10:00', 'notADate', ['day', 'month', 'year']],
		['-2027-03-12', 'notADate', ['day', 'month', 'year']],
		// No such day.
		['2027-02-30', 'impossibleDate', ['day']],
		['2027-02-29', 'impossibleDate', ['day']],
		['31/04/2027', 'impossibleDate', ['day']],
		['2027-13-01', 'impossibleDate', ['month']],
		['2027-00-10', 'impossibleDate', ['month']],
		['00.03.2027', 'impossibleDate', ['day']],
		// Years outside 1900 to 2200, including a two-digit year.
		['12.03.27', 'yearOutOfRange', ['year']],
		['1899-12-31', 'yearOutOfRange', ['year']],
		['2201-01-01', 'yearOutOfRange', ['year']],
		['99999-01-01', 'yearOutOfRange', ['year']],
	])('%j → %s', (input, error, fields) => {
		expect(parseDateInput(input)).toEqual({ ok: false, error, fields });
	});

	describe('relative to today (1 March 2027)', () => {
		test.each<[string, DateInputError | null]>([
			// Yesterday is in the past; today itself is allowed.
			['2027-02-28', 'inPast'],
			['2027-03-01', null],
			['2027-03-02', null],
			// 365 days ahead runs to 29 February 2028 (a leap year) and is allowed; a day more is not.
			['2028-02-29', null],
			['2028-03-01', 'tooFarAhead'],
		])('%s → %s', (input, error) => {
			const result = parseDateInput(input, { today });
			expect(result).toEqual(
				error === null ? { ok: true, date: input } : { ok: false, error, fields: ['day', 'month', 'year'] },
			);
		});

		test('the limit ahead is a parameter', () => {
			expect(parseDateInput('2027-03-31', { today, maxDaysAhead: 30 })).toEqual({ ok: true, date: '2027-03-31' });
			expect(parseDateInput('2027-04-01', { today, maxDaysAhead: 30 })).toMatchObject({ ok: false, error: 'tooFarAhead' });
		});

		test('a nonsense limit falls back to 365 days', () => {
			expect(parseDateInput('2028-02-29', { today, maxDaysAhead: -1 })).toMatchObject({ ok: true });
			expect(parseDateInput('2028-03-01', { today, maxDaysAhead: Number.NaN })).toMatchObject({ error: 'tooFarAhead' });
		});

		test('a wrong date is reported before its distance from today', () => {
			expect(parseDateInput('2026-02-30', { today })).toMatchObject({ error: 'impossibleDate' });
		});
	});

	test('the year range is a parameter', () => {
		expect(parseDateInput('1850-06-01', { minYear: 1800 })).toEqual({ ok: true, date: '1850-06-01' });
		expect(parseDateInput('2300-06-01', { maxYear: 2100 })).toMatchObject({ error: 'yearOutOfRange' });
		// With a today, a year written in full is said as a date too early or too far ahead (issue 28).
		expect(parseDateInput('2300-06-01', { today: isoDate('2027-01-01') })).toMatchObject({ error: 'tooFarAhead' });
		expect(parseDateInput('1850-06-01', { today: isoDate('2027-01-01') })).toMatchObject({ error: 'inPast' });
		expect(parseDateInput('12.03.27', { today: isoDate('2027-01-01') })).toMatchObject({ error: 'yearOutOfRange' });
	});

	test('never throws, and any date it gives is real and within the limits', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d\s./-]{0,14}$/)), (input) => {
				const result = parseDateInput(input, { today });
				if (result.ok) {
					expect(isIsoDate(result.date)).toBe(true);
					expect(result.date >= today && result.date <= addDays(today, 365)).toBe(true);
				} else {
					expect(result.fields.length).toBeGreaterThan(0);
				}
			}),
		);
	});

	test('reads back every date it could be given', () => {
		fc.assert(
			fc.property(fc.integer({ min: -25567, max: 84000 }), (dayNumber) => {
				const date = fromDayNumber(dayNumber);
				const { year, month, day } = toDateParts(date);
				expect(parseDateInput(date)).toEqual({ ok: true, date });
				expect(parseDateInput(`${day}/${month}/${year}`)).toEqual({ ok: true, date });
			}),
		);
	});
});

describe('parseDateParts', () => {
	test.each([
		[{ day: '12', month: '3', year: '2027' }, '2027-03-12'],
		[{ day: ' 08 ', month: '03', year: ' 2027 ' }, '2027-03-08'],
		[{ day: '29', month: '2', year: '2028' }, '2028-02-29'],
		[{ day: '31', month: '12', year: '2027' }, '2027-12-31'],
	])('%j → %s', (parts, expected) => {
		expect(parseDateParts(parts)).toEqual({ ok: true, date: expected });
	});

	test.each<[Parameters<typeof parseDateParts>[0], DateInputError, readonly string[]]>([
		// Nothing typed in any box.
		[{ day: '', month: '', year: '' }, 'empty', ['day', 'month', 'year']],
		[{}, 'empty', ['day', 'month', 'year']],
		[{ day: ' ', month: null, year: undefined }, 'empty', ['day', 'month', 'year']],
		// One or two boxes empty: the first missing one names the error, all missing ones are marked.
		[{ day: '', month: '3', year: '2027' }, 'missingDay', ['day']],
		[{ day: '12', month: '', year: '2027' }, 'missingMonth', ['month']],
		[{ day: '12', month: '3', year: '' }, 'missingYear', ['year']],
		[{ day: '', month: '', year: '2027' }, 'missingDay', ['day', 'month']],
		[{ day: '12', month: '', year: '' }, 'missingMonth', ['month', 'year']],
		// Letters or signs in a box win over an empty box: they are the bigger mistake.
		[{ day: '12', month: 'March', year: '2027' }, 'notADate', ['month']],
		[{ day: 'x', month: '3', year: '' }, 'notADate', ['day']],
		[{ day: '-1', month: '3', year: '2027' }, 'notADate', ['day']],
		[{ day: '1.5', month: '3', year: '2027' }, 'notADate', ['day']],
		[{ day: '12', month: '3', year: '2O27' }, 'notADate', ['year']],
		// No such day or month.
		[{ day: '30', month: '2', year: '2027' }, 'impossibleDate', ['day']],
		[{ day: '29', month: '2', year: '2027' }, 'impossibleDate', ['day']],
		[{ day: '29', month: '2', year: '2100' }, 'impossibleDate', ['day']],
		[{ day: '31', month: '6', year: '2027' }, 'impossibleDate', ['day']],
		[{ day: '0', month: '6', year: '2027' }, 'impossibleDate', ['day']],
		[{ day: '1', month: '13', year: '2027' }, 'impossibleDate', ['month']],
		[{ day: '1', month: '0', year: '2027' }, 'impossibleDate', ['month']],
		[{ day: '1', month: '99999999999999999999', year: '2027' }, 'impossibleDate', ['month']],
		// Years.
		[{ day: '12', month: '3', year: '27' }, 'yearOutOfRange', ['year']],
		[{ day: '12', month: '3', year: '0' }, 'yearOutOfRange', ['year']],
		[{ day: '12', month: '3', year: '20270' }, 'yearOutOfRange', ['year']],
	])('%j → %s', (parts, error, fields) => {
		expect(parseDateParts(parts)).toEqual({ ok: false, error, fields });
	});

	test('checks the date against today', () => {
		expect(parseDateParts({ day: '28', month: '2', year: '2027' }, { today })).toMatchObject({ error: 'inPast' });
		expect(parseDateParts({ day: '1', month: '3', year: '2028' }, { today })).toMatchObject({ error: 'tooFarAhead' });
	});

	test('does not change the object it is given', () => {
		const parts = Object.freeze({ day: ' 12 ', month: '3', year: '2027' });
		parseDateParts(parts, { today });
		expect(parts).toEqual({ day: ' 12 ', month: '3', year: '2027' });
	});

	test('never throws for any text in any box', () => {
		const box = fc.option(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^\s?\d{0,5}\s?$/)), { nil: undefined });
		fc.assert(
			fc.property(box, box, box, (day, month, year) => {
				const result = parseDateParts({ day, month, year }, { today });
				if (result.ok) expect(isIsoDate(result.date)).toBe(true);
				else expect(result.fields.length).toBeGreaterThan(0);
			}),
		);
	});
});
