import type { UiStrings } from '../../i18n/strings/en.ts';
import { islandStrings } from '../calculators/island-strings.ts';
import { isPickerOnly, type PickerOnlyKey } from './picker-strings.ts';

/** The strings the medication island needs: the shared calculator ones and its own (the picker brings its own). */
export type MedicationKey = Exclude<Extract<keyof UiStrings, `calc.${string}` | `medication.${string}`>, PickerOnlyKey>;
export type MedicationStrings = Pick<UiStrings, MedicationKey>;

/**
 * Words only an answer (or a submit's errors) shows: they come with the picker's data for the
 * medication page (src/integrations/clinic-settings.ts), not in the page, since neither can
 * come before the picker has loaded (issue 26).
 */
export type AnswerOnlyKey = Extract<MedicationKey, `medication.result.${string}` | `medication.ics.${string}` | `medication.error.${string}` | `calc.letter${string}`>;
/** The island's own words, as the page sends them: all but the answer's. */
export type PageMedicationStrings = Omit<MedicationStrings, AnswerOnlyKey>;

const ANSWER_ONLY = /^(?:medication\.(?:result|ics|error)\.|calc\.letter)/;

/** Words only the page around the island shows (its title, intro and the no-script rules table). */
const PAGE_ONLY = /^(?:medication\.(?:rules\.|title$|description$|intro$|onlyIfTold$)|calc\.noScript$)/;

const isIslands = (key: string) => (key.startsWith('calc.') || key.startsWith('medication.')) && !PAGE_ONLY.test(key) && !isPickerOnly(key);

const picks = islandStrings<MedicationStrings, PageMedicationStrings, Pick<UiStrings, AnswerOnlyKey>>(isIslands, ANSWER_ONLY);

/** Every word the island shows (the picker's apart), answer included, picked at build time. */
export const medicationStrings = picks.all;

/**
 * The island's strings as the page sends them, picked at build time from a language's full set:
 * the words the calculator shows before its picker has loaded.
 */
export const medicationPageStrings = picks.page;

/** The answer's words in one language ({@link AnswerOnlyKey}), picked at build time. */
export const answerStrings = picks.answer;
