import { localized } from '../../lib/rules/localized-text.ts';
import { packMedicines, unpackMedicines } from '../../lib/rules/medication/pack-medicines.ts';
import type { MedicationRules } from '../../lib/rules/medication/types.ts';

/** The rules as a page sends them to its island: the medicines packed into one text. */
export type PageRules = Omit<MedicationRules, 'medicines'> & { readonly medicines: string };

/** The island's side of `rulesForPage`: the rules with the medicines unpacked. */
export function rulesFromPage(rules: PageRules): MedicationRules {
	return { ...rules, medicines: unpackMedicines(rules.medicines) };
}

/** How a picked medicine or group is named to the patient: "Brufen (ibuprofen)", "ibuprofen", "Coraspin – doktorunuzun yazdığı aspirin (kalp, inme ya da stent için)". */
export function pickLabel(rules: MedicationRules, pick: { selection: 'medicine' | 'group'; id: string; name?: string | undefined }, lang: string): string {
	if (pick.selection === 'group') {
		const group = rules.groups.find((g) => g.id === pick.id);
		return group ? localized(group.name, lang) : pick.id;
	}
	const medicine = rules.medicines.find((m) => m.id === pick.id);
	if (!medicine) return pick.id;
	const generic = localized(medicine.generic, lang);
	// A name the generic already holds as words ("aspirin" in "aspirin you buy for pain…", or at the
	// end of the Turkish "…reçetesiz aldığınız aspirin") adds nothing.
	const words = (text: string) => ` ${text.toLocaleLowerCase(lang).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
	if (!pick.name || words(generic).includes(words(pick.name))) return generic;
	// A generic with its own brackets ("doktorunuzun yazdığı aspirin (kalp, inme ya da stent için)") follows a dash, not more brackets.
	return generic.includes('(') ? `${pick.name} – ${generic}` : `${pick.name} (${generic})`;
}

/**
 * A picked medicine or group named inside a sentence: a group's name is a common noun, so it
 * starts lower case there ("Do not stop blood thinners (anticoagulants)…"); a medicine's name keeps
 * its case. A sentence that opens with the name is capitalised as a whole (`capitalise`).
 */
export function pickName(rules: MedicationRules, pick: { selection: 'medicine' | 'group'; id: string; name?: string | undefined }, lang: string): string {
	const label = pickLabel(rules, pick, lang);
	return pick.selection === 'group' ? label.charAt(0).toLocaleLowerCase(lang) + label.slice(1) : label;
}

/**
 * The rules as one page needs them: group names and notes in the page's language only (they are
 * most of the weight), or no notes at all where the page shows none (`notes: false`); medicine
 * names in every language so a patient can find a box bought abroad, each name once (a Turkish
 * name spelt as the English one is left out: search and labels fall back to it), packed into one
 * text (src/lib/rules/medication/pack-medicines.ts). Runs at build time; the result is what the page
 * sends to the browser, and `rulesFromPage` reads it there.
 */
export function rulesForPage(rules: MedicationRules, lang: string, options: { notes?: boolean } = {}): PageRules {
	return {
		...rules,
		groups: rules.groups.map((group) => ({
			...group,
			name: { [lang]: localized(group.name, lang) },
			note: options.notes === false ? {} : { [lang]: localized(group.note, lang) },
		})),
		medicines: packMedicines(
			rules.medicines.map((medicine) => ({
				...medicine,
				generic: onceEach(medicine.generic, (text, seen) => seen.includes(text)),
				otherNames: listsOnceEach(medicine.otherNames),
				brands: listsOnceEach(medicine.brands),
				// Shown in the page's language only: "contains aspirin".
				contains: medicine.contains && { [lang]: localized(medicine.contains, lang) },
			})),
		),
	};
}

/** Keeps a language's text only when no earlier language has the same. */
function onceEach(text: Record<string, string>, isRepeat: (value: string, seen: string[]) => boolean): Record<string, string> {
	const seen: string[] = [];
	return Object.fromEntries(
		Object.entries(text).filter(([, value]) => {
			const repeat = isRepeat(value, seen);
			seen.push(value);
			return !repeat;
		}),
	);
}

/** Keeps each name in the first language that lists it; languages left empty are dropped. */
function listsOnceEach(lists: Record<string, string[]>): Record<string, string[]> {
	const seen = new Set<string>();
	const result: Record<string, string[]> = {};
	for (const [language, names] of Object.entries(lists)) {
		const fresh = names.filter((name) => !seen.has(name));
		for (const name of names) seen.add(name);
		if (fresh.length > 0) result[language] = fresh;
	}
	return result;
}
