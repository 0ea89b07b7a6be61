import type { UiStrings } from '../../i18n/strings/en.ts';
import type { PickerKey, PickerStrings } from './MedicinePicker.tsx';

/** The words only the medicine picker shows: they come with its data when it loads (lazy-picker.tsx), not in the page. */
export type PickerOnlyKey = Exclude<PickerKey, 'calc.error'>;

const PICKER_ONLY = /^medication\.(?:find\.|groups\.|chosen\.|agreed$)/;

/**
 * Whether a string is the picker's alone.
 *
 * @example
 * isPickerOnly('medication.find.label') // => true
 * isPickerOnly('calc.error') // => false
 */
export const isPickerOnly = (key: string): boolean => PICKER_ONLY.test(key);

/** The picker's words in one language, picked at build time. */
export function pickerStrings(all: UiStrings): PickerStrings {
	return Object.fromEntries(Object.entries(all).filter(([key]) => isPickerOnly(key) || key === 'calc.error')) as PickerStrings;
}
