import type { LocalizedText, MedicationRules } from '../../lib/medication/types.ts';

/** Text in the page's language, else English, else any language the clinic gave. */
export function localized(text: LocalizedText, lang: string): string {
	return text[lang] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

/** How a picked medicine or group is named to the patient: "Brufen (ibuprofen)", "ibuprofen". */
export function pickLabel(rules: MedicationRules, pick: { selection: 'medicine' | 'group'; id: string; name?: string | undefined }, lang: string): string {
	if (pick.selection === 'group') {
		const group = rules.groups.find((g) => g.id === pick.id);
		return group ? localized(group.name, lang) : pick.id;
	}
	const medicine = rules.medicines.find((m) => m.id === pick.id);
	if (!medicine) return pick.id;
	const generic = localized(medicine.generic, lang);
	return pick.name && pick.name.toLocaleLowerCase(lang) !== generic.toLocaleLowerCase(lang) ? `${pick.name} (${generic})` : generic;
}

/**
 * The rules as one page needs them: group names and notes in the page's language only (they are
 * most of the weight), medicine names in every language so a patient can find a box bought
 * abroad. Runs at build time; the result is what the page sends to the browser.
 */
export function rulesForPage(rules: MedicationRules, lang: string): MedicationRules {
	return {
		...rules,
		groups: rules.groups.map((group) => ({ ...group, name: { [lang]: localized(group.name, lang) }, note: { [lang]: localized(group.note, lang) } })),
	};
}
