import { expect, test } from 'vitest';
import { en } from '../../i18n/strings/en.ts';
import { isoDate } from '../../lib/rules/dates/iso-date.ts';
import { translator } from '../calculators/translator.ts';
import { EMPTY_PRESCRIBER_INPUT } from './PrescriberDaysFields.tsx';
import { readPrescriberDays } from './prescriber-days.ts';
import { medicationStrings } from './strings.ts';

/*
 * The prescriber's days as typed: read as every count box reads them (calculators/read-number.ts),
 * within the rules' caps (lib/rules/limits.ts: 0 to 30 days before, a restart 1 to 365 days after).
 */
const t = translator(medicationStrings(en), 'en-GB');
const read = (before: string, after = '') =>
	readPrescriberDays({ x: { ...EMPTY_PRESCRIBER_INPUT, mode: 'days', before, after } }, ['x'], isoDate('2027-03-10'), t, 'the date of the last dose');
const wrong = (field: 'before' | 'after') => ({ days: {}, errors: { x: { field, message: en['medication.prescriber.error'] } } });

test('whole numbers of days within the caps, with spaces around them, are the prescriber’s days', () => {
	expect(read(' 5 ', '2')).toEqual({ days: { x: { daysBefore: 5, restartDaysAfter: 2 } }, errors: {} });
	expect(read('0')).toEqual({ days: { x: { daysBefore: 0, restartDaysAfter: null } }, errors: {} });
	expect(read('30', '365')).toEqual({ days: { x: { daysBefore: 30, restartDaysAfter: 365 } }, errors: {} });
});

test('anything else is told at its field, in the same words', () => {
	for (const before of ['31', 'five', '2.5', '-1', '1e1', '9999999']) expect(read(before)).toEqual(wrong('before'));
	for (const after of ['0', '366', 'soon', '1.5']) expect(read('5', after)).toEqual(wrong('after'));
});

test('an empty box is not read yet', () => {
	expect(read('')).toEqual({ days: {}, errors: {} });
});
