/*
 * The medication calculator's answer, loaded on demand (issue 26): it is fetched beside the
 * medicine picker, when the patient first reaches for it or a shared link loads it (an answer
 * needs the picker's medicines anyway), and an answer waits for it (MedicationCalculator.tsx).
 */
export { MedicationAnswer } from './MedicationAnswer.tsx';
