import { foldForSearch } from './fold-for-search.ts';
import type { LanguageCode, Medicine } from './types.ts';

/** Which kind of name matched. */
export type MatchedNameKind = 'generic' | 'otherName' | 'brand';

/** How well the name matched, best first: the whole name, its start, the start of a later word, anywhere. */
export type MatchQuality = 'exact' | 'startsWith' | 'wordStartsWith' | 'contains';

/** A medicine found by name, with the name that matched, for the page to show and highlight. */
export type MedicineMatch = {
	readonly medicineId: string;
	readonly groupId: string;
	/** The name as written in the rules, for example "Brufen". */
	readonly name: string;
	readonly nameKind: MatchedNameKind;
	readonly language: LanguageCode;
	readonly quality: MatchQuality;
};

export type FindMedicinesOptions = {
	/** The page's language: on equal matches, names in this language come first. */
	readonly language?: LanguageCode | undefined;
	/** At most this many results. Default 10. */
	readonly limit?: number | undefined;
};

const QUALITY_ORDER: readonly MatchQuality[] = ['exact', 'startsWith', 'wordStartsWith', 'contains'];
const KIND_ORDER: readonly MatchedNameKind[] = ['brand', 'generic', 'otherName'];

type Candidate = MedicineMatch & { readonly folded: string };

/**
 * Finds medicines by any part of a generic, other or brand name, in any language. Case, accents
 * and the Turkish dotted and dotless i do not matter. Results are ranked: whole-name matches,
 * then names that start with the query, then later words that start with it, then anywhere.
 * Each medicine appears once, with its best-matching name.
 *
 * @example
 * findMedicines('brufen', [{ id: 'ibuprofen', group: 'nsaid', generic: { en: 'ibuprofen' }, otherNames: {}, brands: { en: ['Brufen'] } }])
 * //=> [{ medicineId: 'ibuprofen', groupId: 'nsaid', name: 'Brufen', nameKind: 'brand', language: 'en', quality: 'exact' }]
 */
export function findMedicines(
	query: string,
	medicines: readonly Medicine[],
	options: FindMedicinesOptions = {},
): MedicineMatch[] {
	const needle = foldForSearch(typeof query === 'string' ? query : '');
	if (needle === '') return [];
	const compactNeedle = needle.replaceAll(' ', '');
	const limit = Number.isSafeInteger(options.limit) && (options.limit ?? 0) > 0 ? (options.limit as number) : 10;

	const best = new Map<string, Candidate>();
	for (const medicine of medicines) {
		for (const candidate of namesOf(medicine)) {
			const quality = matchQuality(candidate.folded, needle, compactNeedle);
			if (quality === null) continue;
			const match: Candidate = { ...candidate, quality };
			const current = best.get(medicine.id);
			if (current === undefined || compareMatches(match, current, options.language) < 0) {
				best.set(medicine.id, match);
			}
		}
	}
	return [...best.values()]
		.sort((a, b) => compareMatches(a, b, options.language))
		.slice(0, limit)
		.map(({ folded: _folded, ...match }) => match);
}

function* namesOf(medicine: Medicine): Generator<Omit<Candidate, 'quality'>> {
	const base = { medicineId: medicine.id, groupId: medicine.group };
	for (const [language, name] of Object.entries(medicine.generic)) {
		yield { ...base, name, nameKind: 'generic', language, folded: foldForSearch(name) };
	}
	for (const [nameKind, lists] of [
		['otherName', medicine.otherNames],
		['brand', medicine.brands],
	] as const) {
		for (const [language, names] of Object.entries(lists)) {
			for (const name of names) yield { ...base, name, nameKind, language, folded: foldForSearch(name) };
		}
	}
}

function matchQuality(name: string, needle: string, compactNeedle: string): MatchQuality | null {
	if (name === needle) return 'exact';
	if (name.startsWith(needle)) return 'startsWith';
	if (name.includes(` ${needle}`)) return 'wordStartsWith';
	if (name.includes(needle) || name.replaceAll(' ', '').includes(compactNeedle)) return 'contains';
	return null;
}

function compareMatches(a: Candidate, b: Candidate, language: LanguageCode | undefined): number {
	return (
		QUALITY_ORDER.indexOf(a.quality) - QUALITY_ORDER.indexOf(b.quality) ||
		Number(b.language === language) - Number(a.language === language) ||
		KIND_ORDER.indexOf(a.nameKind) - KIND_ORDER.indexOf(b.nameKind) ||
		a.folded.length - b.folded.length ||
		(a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0) ||
		(a.medicineId < b.medicineId ? -1 : a.medicineId > b.medicineId ? 1 : 0)
	);
}
