/*
 * The planner's answer, loaded on demand (issue 26): the page does not carry it, the first touch
 * of the form fetches it while the patient is still typing, and a submit that comes first waits
 * for it (PlannerCalculator.tsx).
 */
export { CourseResult } from './CourseResult.tsx';
export { CourseTimeline } from './CourseTimeline.tsx';
export { TakeItWithYou } from '../calculators/TakeItWithYou.tsx';
