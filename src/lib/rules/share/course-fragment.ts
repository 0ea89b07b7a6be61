import { isIsoDate, type IsoDate } from '../dates/iso-date.ts';
import type { MedicationRules } from '../medication/types.ts';
import { decodeHoldFragment } from './fragment.ts';
import { formatFragmentParams, parseFragmentParams, splitList } from './fragment-params.ts';
import { linkDate, shownText, type LinkDate } from './link-date.ts';

/*
 * The planner's inputs in a link: `#f=2027-03-01&n=3&w=4&mv=2&m=ibuprofen`.
 * f: first session date; n: sessions; w: weeks between; mv: sessions moved to the next open day
 * (numbers, or `all`); m, g: medicines and medicine groups, as in the medication calculator's link
 * (./fragment.ts). The prescriber's agreement is never written (docs/medicine-groups.md): whoever
 * opens the link confirms again. Everything is digits, dates and ids: no escaping needed.
 */

/** The planner's inputs that a shared link carries. "Today" is not one: it is the reader's. */
export type CourseShareInputs = {
	readonly firstSession: IsoDate | null;
	readonly sessions: number | null;
	readonly weeksBetween: number | null;
	/** Session numbers (1 = first) moved to the next open day, or 'all'. */
	readonly moves: 'all' | readonly number[];
	readonly medicineIds: readonly string[];
	readonly groupIds: readonly string[];
	readonly prescriberAgreed: readonly string[];
	/** Medicines and groups the link named that the clinic's rules do not know (see ./fragment.ts). */
	readonly unread?: readonly string[] | undefined;
};

/** The limits a link's numbers must keep; anything outside is dropped, not clamped. */
export type CourseShareLimits = {
	readonly sessions: { readonly min: number; readonly max: number };
	readonly weeksBetween: { readonly min: number; readonly max: number };
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_MOVES = 100;

/**
 * Writes the planner's inputs as a URL fragment. Values that are not dates, whole numbers or ids
 * are left out.
 *
 * @example
 * encodeCourseFragment({ firstSession: isoDate('2027-03-01'), sessions: 3, weeksBetween: 4, moves: [2], medicineIds: ['ibuprofen'], groupIds: [] })
 * //=> '#f=2027-03-01&n=3&w=4&mv=2&m=ibuprofen'
 */
export function encodeCourseFragment(inputs: Omit<CourseShareInputs, 'prescriberAgreed'>): string {
	const list = (ids: readonly string[]) => [...new Set(ids.filter((id) => ID.test(id)))].join(',');
	const count = (value: number | null) => (value !== null && Number.isSafeInteger(value) && value > 0 ? String(value) : '');
	const moves =
		inputs.moves === 'all'
			? 'all'
			: [...new Set(inputs.moves.filter((n) => Number.isSafeInteger(n) && n > 0))].sort((a, b) => a - b).join(',');
	return formatFragmentParams([
		['f', isIsoDate(inputs.firstSession) ? inputs.firstSession : ''],
		['n', count(inputs.sessions)],
		['w', count(inputs.weeksBetween)],
		['mv', moves],
		['m', list(inputs.medicineIds)],
		['g', list(inputs.groupIds)],
	]);
}

/**
 * Reads the planner's inputs from a URL fragment (`location.hash`), keeping only a real date,
 * whole numbers within the clinic's limits, session numbers that exist, and the medicine ids the
 * clinic's rules know. Anything else (an old link, a typo, a hostile string) is dropped. Never throws.
 *
 * @example
 * decodeCourseFragment('#f=2027-03-01&n=30&w=4&mv=2,9,x&m=ibuprofen,<b>', { sessions: { min: 1, max: 6 }, weeksBetween: { min: 2, max: 6 } }, defaultMedicationRules)
 * //=> { firstSession: '2027-03-01', sessions: null, weeksBetween: 4, moves: [2], medicineIds: ['ibuprofen'], groupIds: [], prescriberAgreed: [], unread: ['<b>'] }
 */
export function decodeCourseFragment(
	fragment: string | null | undefined,
	limits: CourseShareLimits,
	rules: Pick<MedicationRules, 'groups' | 'medicines'>,
): CourseShareInputs {
	const params = parseFragmentParams(fragment);
	const first = params.get('f');
	const sessions = wholeNumberWithin(params.get('n'), limits.sessions);
	const moveText = params.get('mv');
	// Session numbers are checked against the largest plan the clinic allows.
	const moves =
		moveText === 'all'
			? 'all'
			: splitList(moveText, (item) => /^\d{1,3}$/.test(item) && Number(item) >= 1 && Number(item) <= limits.sessions.max, MAX_MOVES).map(Number);
	const medicines = decodeHoldFragment(fragment, rules);
	return {
		firstSession: isIsoDate(first) ? first : null,
		sessions,
		weeksBetween: wholeNumberWithin(params.get('w'), limits.weeksBetween),
		moves,
		medicineIds: medicines.medicineIds,
		groupIds: medicines.groupIds,
		prescriberAgreed: medicines.prescriberAgreed,
		...(medicines.unread ? { unread: medicines.unread } : {}),
	};
}

/** The first date and counts as a link wrote them, for the form's fields. */
export type TypedCourseFields = {
	readonly firstSession: LinkDate | null;
	readonly sessions: string | null;
	readonly weeksBetween: string | null;
};

/**
 * The first date and counts as a link wrote them, even outside the clinic's limits, not a real
 * date or not a number at all (`999999999999`, `1e2`, full-width digits), so the form opens with
 * them in its fields and the planner's errors say what to change: a link is never silently read
 * as a different plan. Values are cut to 30 characters, without control characters, and shown
 * as text only. Never throws.
 *
 * @example
 * typedCourseFields('#f=2027-02-30&n=999999999999&w=1e2&m=ibuprofen')
 * //=> { firstSession: { parts: { day: '30', month: '2', year: '2027' }, asWritten: true, text: '2027-02-30' }, sessions: '999999999999', weeksBetween: '1e2' }
 */
export function typedCourseFields(fragment: string | null | undefined): TypedCourseFields {
	const params = parseFragmentParams(fragment);
	const count = (text: string | undefined) => (text === undefined || text === '' ? null : shownText(text));
	return {
		firstSession: linkDate(params.get('f')) ?? null,
		sessions: count(params.get('n')),
		weeksBetween: count(params.get('w')),
	};
}

function wholeNumberWithin(text: string | undefined, limits: { readonly min: number; readonly max: number }): number | null {
	if (text === undefined || !/^\d{1,3}$/.test(text)) return null;
	const value = Number(text);
	return value >= limits.min && value <= limits.max ? value : null;
}
