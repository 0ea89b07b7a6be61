/*
 * The medication calculator's answer, loaded on demand (issue 26): its components and the rules
 * that work it out. It is fetched beside the medicine picker, when the patient first reaches for
 * it or a shared link loads it (an answer needs the picker's medicines anyway), and an answer
 * waits for it (./model.ts).
 */
export { MedicationAnswer } from './MedicationAnswer.tsx';
export { planHold } from '../../lib/rules/medication/plan-hold.ts';
export { decodeHoldFragment } from '../../lib/rules/share/fragment.ts';
