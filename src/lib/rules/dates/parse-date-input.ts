import { differenceInCalendarDays } from './calendar.ts';
import { daysInMonth, fromDateParts, isIsoDate, type IsoDate } from './iso-date.ts';

/**
 * Why typed text is not a usable date. The page translates each key into a message.
 *
 * - `empty`: nothing was typed.
 * - `missingDay`, `missingMonth`, `missingYear`: one box of a day/month/year input is empty
 *   (when several are, the first in that order).
 * - `notADate`: letters or other characters that are not digits.
 * - `impossibleDate`: no such day, for example 30 February or month 13.
 * - `yearOutOfRange`: the year is outside the accepted range (also a two-digit year such as "27");
 *   with a today given, a four-digit year outside it is `inPast` or `tooFarAhead` instead.
 * - `inPast`: before the given today.
 * - `tooFarAhead`: more than the allowed number of days after the given today.
 */
export type DateInputError =
	| 'empty'
	| 'missingDay'
	| 'missingMonth'
	| 'missingYear'
	| 'notADate'
	| 'impossibleDate'
	| 'yearOutOfRange'
	| 'inPast'
	| 'tooFarAhead';

/** A box of a day/month/year date input. */
export type DateField = 'day' | 'month' | 'year';

/**
 * The outcome of reading a typed date. On failure, `fields` names the boxes to mark as
 * invalid (`aria-invalid`): all three when the date as a whole is wrong.
 */
export type ParsedDateInput =
	| { readonly ok: true; readonly date: IsoDate }
	| { readonly ok: false; readonly error: DateInputError; readonly fields: readonly DateField[] };

/** The text typed into the three boxes of a day/month/year input. Missing boxes count as empty. */
export type DatePartsInput = {
	readonly day?: string | null | undefined;
	readonly month?: string | null | undefined;
	readonly year?: string | null | undefined;
};

export type DateInputOptions = {
	/** The patient's today. Without it, `inPast` and `tooFarAhead` are never reported. */
	readonly today?: IsoDate | undefined;
	/** How many days after today a date may be. Default 365. */
	readonly maxDaysAhead?: number | undefined;
	/** The earliest year accepted. Default 1900. */
	readonly minYear?: number | undefined;
	/** The latest year accepted. Default 2200. */
	readonly maxYear?: number | undefined;
};

export const DEFAULT_MAX_DAYS_AHEAD = 365;
export const DEFAULT_MIN_YEAR = 1900;
export const DEFAULT_MAX_YEAR = 2200;

const ALL_FIELDS: readonly DateField[] = ['day', 'month', 'year'];
const DIGITS = /^\d+$/;
// Three groups of digits split by "-", "/", "." or spaces: "2027-03-12", "12/03/2027", "12.03.2027".
const SEPARATED = /^(\d+)\s*[-/.\s]\s*(\d+)\s*[-/.\s]\s*(\d+)$/;

/**
 * Reads one typed date: the `YYYY-MM-DD` value of `<input type="date">`, or a date typed by hand
 * as year-month-day (`2027-03-12`, `2027/03/12`) or day-month-year (`12/03/2027`, `12.03.2027`,
 * the order used in the UK and in Turkey; month-first US order is not read). Never throws.
 *
 * @example
 * parseDateInput('30.02.2027')
 * //=> { ok: false, error: 'impossibleDate', fields: ['day'] }
 */
export function parseDateInput(input: string | null | undefined, options: DateInputOptions = {}): ParsedDateInput {
	const text = clean(input);
	if (text === '') return failure('empty', ALL_FIELDS);
	const match = SEPARATED.exec(text);
	if (!match) return failure('notADate', ALL_FIELDS);
	const [, first = '', second = '', third = ''] = match;
	const yearFirst = first.length >= 3;
	return parseDateParts(
		yearFirst ? { year: first, month: second, day: third } : { day: first, month: second, year: third },
		options,
	);
}

/**
 * Reads a date typed into three boxes (day, month, year), the accessible pattern of GOV.UK and
 * the NHS. Each box may hold spaces around digits. Never throws.
 *
 * @example
 * parseDateParts({ day: '12', month: '3', year: '2027' }, { today: isoDate('2027-03-01') })
 * //=> { ok: true, date: '2027-03-12' }
 */
export function parseDateParts(parts: DatePartsInput, options: DateInputOptions = {}): ParsedDateInput {
	const text = { day: clean(parts.day), month: clean(parts.month), year: clean(parts.year) };

	const missing = ALL_FIELDS.filter((field) => text[field] === '');
	if (missing.length === ALL_FIELDS.length) return failure('empty', ALL_FIELDS);

	const notDigits = ALL_FIELDS.filter((field) => text[field] !== '' && !DIGITS.test(text[field]));
	if (notDigits.length > 0) return failure('notADate', notDigits);

	const [firstMissing] = missing;
	if (firstMissing !== undefined) return failure(MISSING_ERROR[firstMissing], missing);

	const year = Number(text.year);
	const month = Number(text.month);
	const day = Number(text.day);
	const minYear = wholeOr(options.minYear, DEFAULT_MIN_YEAR);
	const maxYear = wholeOr(options.maxYear, DEFAULT_MAX_YEAR);
	if (year < minYear || year > maxYear) {
		// A year written in full but far away is a date in the past or too far ahead, not a short year.
		if (isIsoDate(options.today) && /^\d{4}$/.test(text.year)) return failure(year < minYear ? 'inPast' : 'tooFarAhead', ALL_FIELDS);
		return failure('yearOutOfRange', ['year']);
	}
	if (month < 1 || month > 12) return failure('impossibleDate', ['month']);
	if (day < 1 || day > daysInMonth(year, month)) return failure('impossibleDate', ['day']);

	const date = fromDateParts({ year, month, day });
	// The year range and the day checks above make this unreachable; kept so the type is honest.
	if (date === null) return failure('impossibleDate', ALL_FIELDS);

	const { today } = options;
	if (isIsoDate(today)) {
		const daysAhead = differenceInCalendarDays(date, today);
		if (daysAhead < 0) return failure('inPast', ALL_FIELDS);
		if (daysAhead > wholeOr(options.maxDaysAhead, DEFAULT_MAX_DAYS_AHEAD)) {
			return failure('tooFarAhead', ALL_FIELDS);
		}
	}
	return { ok: true, date };
}

const MISSING_ERROR = {
	day: 'missingDay',
	month: 'missingMonth',
	year: 'missingYear',
} as const satisfies Record<DateField, DateInputError>;

function failure(error: DateInputError, fields: readonly DateField[]): ParsedDateInput {
	return { ok: false, error, fields: [...fields] };
}

/** Trims, and folds full-width digits (as typed on some phone keyboards) to ASCII. */
function clean(value: string | null | undefined): string {
	if (typeof value !== 'string') return '';
	return value.normalize('NFKC').trim();
}

function wholeOr(value: number | undefined, fallback: number): number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}
