/*
 * The medication calculator's answer, loaded on demand (issue 26): the first touch of the form
 * fetches it beside the medicine picker (an answer needs the picker's medicines anyway), and an
 * answer that comes first, from a shared link, waits for it (MedicationCalculator.tsx).
 */
export { HoldResult } from './HoldResult.tsx';
export { LetterButton } from '../printout/LetterButton.tsx';
export { TakeItWithYou } from '../calculators/TakeItWithYou.tsx';
