/*
 * What a calculator loads when the patient reaches for the medicine picker (./lazy-picker.tsx):
 * the picker, the search over the clinic's medicines, and the names. Kept out of the page's
 * first load; the medicines themselves come from `virtual:clinic/medicines`, loaded beside it.
 */
export { MedicinePicker } from './MedicinePicker.tsx';
export { pickLabel, pickName, rulesFromPage } from './names.ts';
export { choiceOnEnter, findMedicines } from '../../lib/rules/medication/find-medicines.ts';
