import { isIsoDate, type IsoDate } from '../dates/iso-date.ts';
import type { MedicationRules } from '../medication/types.ts';
import { formatFragmentParams, parseFragmentParams, splitList } from './fragment-params.ts';

/*
 * The medication calculator's inputs in a link: `#t=2027-03-12&m=ibuprofen,rivaroxaban&ok=rivaroxaban`.
 * t: treatment date; m: medicine ids; g: group ids; ok: picked ids whose prescriber agreed.
 * Ids are the settings' ids (lower-case letters, digits, hyphens), so the link needs no escaping.
 */

/** The calculator's inputs that a shared link carries. "Today" is not one: it is the reader's. */
export type HoldShareInputs = {
	readonly treatmentDate: IsoDate | null;
	readonly medicineIds: readonly string[];
	readonly groupIds: readonly string[];
	/** Picked ids (medicine or group) whose prescriber agreed to a stop; each id once. */
	readonly prescriberAgreed: readonly string[];
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: string) => ID.test(value);

/**
 * Writes the calculator's inputs as a URL fragment. Values that are not dates or ids are left out.
 *
 * @example
 * encodeHoldFragment({ treatmentDate: isoDate('2027-03-12'), medicineIds: ['ibuprofen', 'rivaroxaban'], groupIds: [], prescriberAgreed: ['rivaroxaban'] })
 * //=> '#t=2027-03-12&m=ibuprofen,rivaroxaban&ok=rivaroxaban'
 */
export function encodeHoldFragment(inputs: HoldShareInputs): string {
	const list = (ids: readonly string[]) => [...new Set(ids.filter(isId))].join(',');
	return formatFragmentParams([
		['t', isIsoDate(inputs.treatmentDate) ? inputs.treatmentDate : ''],
		['m', list(inputs.medicineIds)],
		['g', list(inputs.groupIds)],
		['ok', list(inputs.prescriberAgreed)],
	]);
}

/**
 * Reads the calculator's inputs from a URL fragment (`location.hash`), keeping only a real date
 * and the ids the clinic's rules know; an agreement counts only for a picked id. Anything else
 * (an old link, a typo, a hostile string) is dropped. Never throws.
 *
 * @example
 * decodeHoldFragment('#t=2027-02-30&m=ibuprofen,<script>,rivaroxaban&ok=rivaroxaban,apixaban', defaultMedicationRules)
 * //=> { treatmentDate: null, medicineIds: ['ibuprofen', 'rivaroxaban'], groupIds: [], prescriberAgreed: ['rivaroxaban'] }
 */
export function decodeHoldFragment(
	fragment: string | null | undefined,
	rules: Pick<MedicationRules, 'groups' | 'medicines'>,
): HoldShareInputs {
	const params = parseFragmentParams(fragment);
	const knownMedicines = new Set(rules.medicines.map((medicine) => medicine.id));
	const knownGroups = new Set(rules.groups.map((group) => group.id));
	const treatmentDate = params.get('t');
	const medicineIds = splitList(params.get('m'), (id) => knownMedicines.has(id), knownMedicines.size);
	const groupIds = splitList(params.get('g'), (id) => knownGroups.has(id), knownGroups.size);
	const picked = new Set([...medicineIds, ...groupIds]);
	return {
		treatmentDate: isIsoDate(treatmentDate) ? treatmentDate : null,
		medicineIds,
		groupIds,
		prescriberAgreed: splitList(params.get('ok'), (id) => picked.has(id), picked.size),
	};
}
