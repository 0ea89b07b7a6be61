import { isIsoDate } from '../dates/iso-date.ts';
import { formatFragmentParams } from './fragment-params.ts';
import { isId, nameSlug, type HoldShareInputs } from './fragment.ts';

/*
 * Writing the medication calculator's link (the format is described in ./fragment.ts). Apart from
 * the reading side because only the medication page writes this link, while the planner reads it
 * too: each page's bundle then carries only what it uses.
 */

/**
 * Writes the calculator's inputs as a URL fragment. Values that are not dates, ids or whole
 * numbers are left out; the prescriber's agreement is never written.
 *
 * @example
 * encodeHoldFragment({ treatmentDate: isoDate('2027-03-12'), medicineIds: ['ibuprofen', 'rivaroxaban'], groupIds: [], prescriberAgreed: ['rivaroxaban'], names: { ibuprofen: 'Brufen' }, prescriberDays: { rivaroxaban: { daysBefore: 5, restartDaysAfter: 2 } } })
 * //=> '#t=2027-03-12&m=ibuprofen.brufen,rivaroxaban&pd=rivaroxaban.5.2'
 */
export function encodeHoldFragment(inputs: HoldShareInputs): string {
	const list = (ids: readonly string[]) => [...new Set(ids.filter(isId))].join(',');
	const withName = (id: string) => {
		const slug = nameSlug(inputs.names?.[id] ?? '');
		return slug === '' || slug === id ? id : `${id}.${slug}`;
	};
	const days = Object.entries(inputs.prescriberDays ?? {})
		.filter(([id, value]) => isId(id) && isCount(value.daysBefore) && (value.restartDaysAfter == null || isCount(value.restartDaysAfter)))
		.map(([id, value]) => [id, value.daysBefore, ...(value.restartDaysAfter == null ? [] : [value.restartDaysAfter])].join('.'));
	return formatFragmentParams([
		['t', isIsoDate(inputs.treatmentDate) ? inputs.treatmentDate : ''],
		['m', [...new Set(inputs.medicineIds.filter(isId))].map(withName).join(',')],
		['g', list(inputs.groupIds)],
		['pd', days.join(',')],
	]);
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value < 1000;
}
