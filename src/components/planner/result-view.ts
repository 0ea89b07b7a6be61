/*
 * The planner's answer, loaded on demand (issue 26): the page does not carry it, the first touch
 * of the form fetches it (with its words, `virtual:clinic/planner-words`) while the patient is
 * still typing, and an answer asked for first appears when it arrives (PlannerCalculator.tsx).
 */
export { PlannerAnswer, SUMMARY_ID } from './PlannerAnswer.tsx';
