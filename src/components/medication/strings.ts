import type { UiStrings } from '../../i18n/strings/en.ts';
import { isPickerOnly, type PickerOnlyKey } from './picker-strings.ts';

/** The strings the medication island needs: the shared calculator ones and its own (the picker brings its own). */
export type MedicationKey = Exclude<Extract<keyof UiStrings, `calc.${string}` | `medication.${string}`>, PickerOnlyKey>;
export type MedicationStrings = Pick<UiStrings, MedicationKey>;

/** Words only the page around the island shows (its title, intro and the no-script rules table). */
const PAGE_ONLY = /^(?:medication\.(?:rules\.|title$|description$|intro$|onlyIfTold$)|calc\.noScript$)/;

/**
 * The island's strings, picked at build time from a language's full set, so the page ships only
 * the words the calculator shows.
 */
export function medicationStrings(all: UiStrings): MedicationStrings {
	return Object.fromEntries(
		Object.entries(all).filter(([key]) => (key.startsWith('calc.') || key.startsWith('medication.')) && !PAGE_ONLY.test(key) && !isPickerOnly(key)),
	) as MedicationStrings;
}
