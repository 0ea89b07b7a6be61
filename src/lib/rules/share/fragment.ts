import { isIsoDate, type IsoDate } from '../dates/iso-date.ts';
import { foldForSearch } from '../fold.ts';
import type { PrescriberDays } from '../medication/plan-hold.ts';
import type { MedicationRules, Medicine } from '../medication/types.ts';
import { parseFragmentParams, splitList } from './fragment-params.ts';
import { shownText } from './link-date.ts';
import { ID_PATTERN } from '../limits.ts';

/*
 * The medication calculator's inputs in a link: `#t=2027-03-12&m=ibuprofen.brufen,rivaroxaban&pd=rivaroxaban.5.2`.
 * t: treatment date; m: medicine ids, each with the name the patient found it by (`.brufen`);
 * g: group ids; pd: the days a prescriber gave (`id.daysBefore` or `id.daysBefore.restartDaysAfter`).
 * A link never carries the patient's confirmation that the prescriber agreed: whoever opens it
 * confirms again (issue 10). Old links' `ok=` is read as nothing.
 * Ids are the settings' ids (lower-case letters, digits, hyphens), so the link needs no escaping.
 */

/** The calculator's inputs that a shared link carries. "Today" is not one: it is the reader's. */
export type HoldShareInputs = {
	readonly treatmentDate: IsoDate | null;
	readonly medicineIds: readonly string[];
	readonly groupIds: readonly string[];
	/** Always empty when read from a link: the confirmation is never shared. Kept for the planner's link. */
	readonly prescriberAgreed: readonly string[];
	/** The name each medicine was found by ("Brufen"), by medicine id, when it is one of its names. */
	readonly names?: Readonly<Record<string, string>> | undefined;
	/** The days each prescriber gave, by picked id. */
	readonly prescriberDays?: Readonly<Record<string, PrescriberDays>> | undefined;
	/** Medicines and groups the link named that the clinic's rules do not know, as the link wrote them (issue 28). */
	readonly unread?: readonly string[] | undefined;
};

/** An id as the settings write them: lower-case letters, digits and single hyphens. */
export const isId = (value: string) => ID_PATTERN.test(value);
const DAYS = /^(\d{1,3})(?:\.(\d{1,3}))?$/;

/**
 * A name as it travels in a link: folded to plain lower-case letters and digits with hyphens, or
 * `''` when it cannot be (a name in another script).
 *
 * @example
 * nameSlug('Xefo Rapid')
 * //=> 'xefo-rapid'
 */
export function nameSlug(name: string): string {
	const slug = foldForSearch(name).replaceAll(' ', '-');
	return isId(slug) ? slug : '';
}

/**
 * Reads the calculator's inputs from a URL fragment (`location.hash`), keeping only a real date,
 * the ids the clinic's rules know, names that are one of the medicine's names, and whole numbers
 * of days for picked ids. A confirmation (`ok=`) is dropped: the reader confirms again. Medicines
 * and groups the rules do not know are given back in `unread`, for the page to say so; anything
 * else (an old link, a hostile string) is dropped. Never throws.
 *
 * @example
 * decodeHoldFragment('#t=2027-02-30&m=ibuprofen.brufen,<script>,rivaroxaban&ok=rivaroxaban&pd=rivaroxaban.5', defaultMedicationRules)
 * //=> { treatmentDate: null, medicineIds: ['ibuprofen', 'rivaroxaban'], groupIds: [], prescriberAgreed: [], names: { ibuprofen: 'Brufen' }, prescriberDays: { rivaroxaban: { daysBefore: 5, restartDaysAfter: null } }, unread: ['<script>'] }
 */
export function decodeHoldFragment(
	fragment: string | null | undefined,
	rules: Pick<MedicationRules, 'groups' | 'medicines'>,
): HoldShareInputs {
	const params = parseFragmentParams(fragment);
	const medicines = new Map(rules.medicines.map((medicine) => [medicine.id, medicine]));
	const knownGroups = new Set(rules.groups.map((group) => group.id));
	const treatmentDate = params.get('t');
	const names: Record<string, string> = {};
	const picked = splitList(params.get('m'), (item) => medicines.has(item.split('.')[0] ?? ''), medicines.size);
	const medicineIds = [...new Set(picked.map((item) => item.split('.')[0] ?? ''))];
	for (const item of picked) {
		const [id = '', slug] = item.split('.');
		const name = slug === undefined || names[id] !== undefined ? undefined : nameWithSlug(medicines.get(id), slug);
		if (name !== undefined) names[id] = name;
	}
	const groupIds = splitList(params.get('g'), (id) => knownGroups.has(id), knownGroups.size);
	const pickedIds = new Set([...medicineIds, ...groupIds]);
	const prescriberDays: Record<string, PrescriberDays> = {};
	for (const item of splitList(params.get('pd'), (value) => pickedIds.has(value.split('.')[0] ?? '') && DAYS.test(value.slice(value.indexOf('.') + 1)), pickedIds.size)) {
		const [id = '', ...rest] = item.split('.');
		const match = DAYS.exec(rest.join('.'));
		if (match === null || prescriberDays[id] !== undefined) continue;
		prescriberDays[id] = { daysBefore: Number(match[1]), restartDaysAfter: match[2] === undefined ? null : Number(match[2]) };
	}
	// A medicine the page does not know is said at the search box, never dropped in silence.
	const unread = [...splitList(params.get('m'), (item) => !medicines.has(item.split('.')[0] ?? ''), 10), ...splitList(params.get('g'), (id) => !knownGroups.has(id), 10)];
	return {
		treatmentDate: isIsoDate(treatmentDate) ? treatmentDate : null,
		medicineIds,
		groupIds,
		prescriberAgreed: [],
		names,
		prescriberDays,
		...(unread.length > 0 ? { unread: unread.map(shownText) } : {}),
	};
}

function nameWithSlug(medicine: Medicine | undefined, slug: string): string | undefined {
	if (medicine === undefined) return undefined;
	const all = [...Object.values(medicine.generic), ...Object.values(medicine.otherNames).flat(), ...Object.values(medicine.brands).flat()];
	return all.find((name) => nameSlug(name) === slug);
}
