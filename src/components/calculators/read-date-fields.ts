import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import { parseDateParts, type DateField, type DateInputError } from '../../lib/rules/dates/parse-date-input.ts';
import type { LinkDate } from '../../lib/rules/share/link-date.ts';
import type { FieldError } from './ErrorSummary.tsx';

/** A date field's reading: the date, or the key of its message (`calc.dateError.<key>`) and the boxes to mark. */
export type DateFieldsReading =
	| { readonly ok: true; readonly date: IsoDate }
	| { readonly ok: false; readonly error: DateInputError | 'fromLink'; readonly fields: readonly DateField[] };

/**
 * Reads a calculator's date boxes for a submit. A date that came from a shared link but was not
 * written the way the site writes dates (an unpadded date, a time, words) is never taken as
 * it reads: the patient is asked to enter it again (issue 28).
 */
export function readDateFields(parts: { day: string; month: string; year: string }, today: IsoDate, fromLink?: LinkDate): DateFieldsReading {
	if (fromLink && !fromLink.asWritten) return { ok: false, error: 'fromLink', fields: ['day', 'month', 'year'] };
	return parseDateParts(parts, { today, maxDaysAhead: 365 });
}

/**
 * The error summary's entry for a date question: it links to the first box at fault (the day
 * box, whose id is the question's, when the date as a whole is wrong) and marks the boxes.
 */
export function dateError(id: string, fields: readonly DateField[], message: string): FieldError {
	return { field: fields[0] === 'day' || fields.length === 3 ? id : `${id}-${fields[0]}`, question: id, boxes: fields, message };
}
