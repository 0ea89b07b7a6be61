/*
 * The planner's answer, loaded on demand (issue 26): its components and the rules that lay the
 * plan out. The page does not carry it: the first touch of the form fetches it (with its words,
 * `virtual:clinic/planner-words`) while the patient is still typing, and an answer asked for
 * first appears when it arrives (./model.ts).
 */
export { PlannerAnswer, SUMMARY_ID } from './PlannerAnswer.tsx';
export { nearestFittingPlans } from '../../lib/rules/planner/nearest-plans.ts';
export { planCourse } from '../../lib/rules/planner/plan-course.ts';
export { decodeCourseFragment, typedCourseFields } from '../../lib/rules/share/course-fragment.ts';
