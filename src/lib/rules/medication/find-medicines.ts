import { foldForSearch } from '../fold.ts';
import type { LanguageCode, Medicine } from './types.ts';

/** Which kind of name matched. */
export type MatchedNameKind = 'generic' | 'otherName' | 'brand';

/**
 * How well the name matched, best first: the whole name, its start, the start of a later word,
 * anywhere; `stem`: nothing matched the whole text, only its first word or words ("Apranax Fort
 * 550" finds the names that start with "Apranax").
 */
export type MatchQuality = 'exact' | 'startsWith' | 'wordStartsWith' | 'contains' | 'stem';

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

const QUALITY_ORDER: readonly MatchQuality[] = ['exact', 'startsWith', 'wordStartsWith', 'contains', 'stem'];
/** A stem shorter than this finds too much to help ("a", "ib"). */
const MIN_STEM = 3;
const KIND_ORDER: readonly MatchedNameKind[] = ['brand', 'generic', 'otherName'];

type Candidate = MedicineMatch & { readonly folded: string; readonly compact?: string | undefined };

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
	// "Coraspin 100 mg" is found as "Coraspin 100": the unit adds nothing to a name.
	const needle = foldForSearch(typeof query === 'string' ? query : '').replace(/(\d) ?mg\b/g, '$1');
	if (needle === '') return [];
	const limit = Number.isSafeInteger(options.limit) && (options.limit ?? 0) > 0 ? (options.limit as number) : 10;
	const found = matchAll(needle, medicines, options.language);
	// A strength no entry lists ("Ecopirin 100") still finds the medicine by its name alone.
	const withoutStrength = needle.replace(/(?:^| )\d+\b/g, '').trim();
	const results = found.length === 0 && withoutStrength !== '' && withoutStrength !== needle ? matchAll(withoutStrength, medicines, options.language) : found;
	return (results.length > 0 ? results : stemMatches(withoutStrength || needle, medicines, options.language))
		.slice(0, limit)
		.map(({ folded: _folded, compact: _compact, ...match }) => match);
}

/**
 * Nothing matches the whole text: the names that start with its first words, dropping the last
 * word until something matches ("Voltarol Emulgel Extra" → "Voltarol Emulgel" → "Voltarol").
 * Each is marked `stem`, so it is never taken as the patient's exact medicine.
 */
function stemMatches(needle: string, medicines: readonly Medicine[], language: LanguageCode | undefined): Candidate[] {
	// A packet name has a few words before its strength and form: three are plenty to try.
	const words = needle.split(' ').slice(0, 4);
	for (let count = words.length - 1; count >= 1; count--) {
		const stem = words.slice(0, count).join(' ');
		if (stem.length < MIN_STEM) break;
		const found = matchAll(stem, medicines, language).filter((match) => match.quality === 'exact' || match.quality === 'startsWith');
		if (found.length > 0) return found.map((match) => ({ ...match, quality: 'stem' }));
	}
	return [];
}

/** What Enter (or "Show my dates") may do with what the patient typed. */
export type TypedChoice =
	/** Add this medicine: the only exact name, or every match has the same rule. */
	| { readonly key: 'add'; readonly match: MedicineMatch }
	/** The matches have different rules (aspirin for pain or for the heart): the patient must choose. */
	| { readonly key: 'choose'; readonly matches: readonly MedicineMatch[] }
	/** Nothing matches. */
	| { readonly key: 'none' };

/**
 * Decides what pressing Enter in the search box adds. One medicine whose name matches exactly is
 * added, unless a longer name that starts the same way follows another rule ("Voltarol" and
 * "Voltarol Emulgel"); otherwise the first match, but only when every match follows the same rule (group); a
 * stem match ("Apranax Fort" found as "Apranax") is never exact, so the same holds for it.
 * When the matches follow different rules, nothing is added: the patient chooses, so no one
 * lands on a stop rule by accident (docs/medicine-groups.md, aspirin). With `exactOnly`, only an
 * exact match is added (for "Show my dates" pressed before adding).
 *
 * @example
 * choiceOnEnter(findMedicines('aspirin', defaultMedicationRules.medicines)).key
 * //=> 'choose'
 */
export function choiceOnEnter(matches: readonly MedicineMatch[], options: { readonly exactOnly?: boolean | undefined } = {}): TypedChoice {
	const [first] = matches;
	if (first === undefined) return { key: 'none' };
	const exact = matches.filter((match) => match.quality === 'exact');
	const [only] = exact;
	// "Voltarol" is a whole brand name, but "Voltarol Emulgel" starts with it and has another rule: choose.
	const longerWithOtherRule = matches.some((match) => match.quality === 'startsWith' && match.groupId !== only?.groupId);
	if (exact.length === 1 && only !== undefined && !longerWithOtherRule) return { key: 'add', match: only };
	if (options.exactOnly !== true && matches.every((match) => match.groupId === first.groupId)) return { key: 'add', match: first };
	return { key: 'choose', matches };
}

/** Every name of every medicine, folded once per list: typing searches the same list again and again. */
const foldedNames = new WeakMap<readonly Medicine[], { medicine: Medicine; names: Omit<Candidate, 'quality'>[] }[]>();

function namesOfAll(medicines: readonly Medicine[]) {
	let names = foldedNames.get(medicines);
	if (names === undefined) {
		names = medicines.map((medicine) => ({ medicine, names: [...namesOf(medicine)].map((name) => ({ ...name, compact: name.folded.replaceAll(' ', '') })) }));
		foldedNames.set(medicines, names);
	}
	return names;
}

function matchAll(needle: string, medicines: readonly Medicine[], language: LanguageCode | undefined): Candidate[] {
	const compactNeedle = needle.replaceAll(' ', '');

	const best = new Map<string, Candidate>();
	for (const { medicine, names } of namesOfAll(medicines)) {
		for (const candidate of names) {
			const quality = matchQuality(candidate.folded, candidate.compact ?? candidate.folded, needle, compactNeedle);
			if (quality === null) continue;
			const match: Candidate = { ...candidate, quality };
			const current = best.get(medicine.id);
			if (current === undefined || compareMatches(match, current, language) < 0) {
				best.set(medicine.id, match);
			}
		}
	}
	return [...best.values()].sort((a, b) => compareMatches(a, b, language));
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

function matchQuality(name: string, compactName: string, needle: string, compactNeedle: string): MatchQuality | null {
	if (name === needle) return 'exact';
	if (name.startsWith(needle)) return 'startsWith';
	if (name.includes(` ${needle}`)) return 'wordStartsWith';
	if (name.includes(needle) || compactName.includes(compactNeedle)) return 'contains';
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
