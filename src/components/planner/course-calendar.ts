import type { Instant } from '../../lib/rules/dates/calendar.ts';
import { buildCalendar } from '../../lib/rules/calendar-file/ics.ts';
import type { HoldItem } from '../../lib/rules/medication/plan-hold.ts';
import { courseEvents } from '../../lib/rules/planner/course-events.ts';
import type { CoursePlan, PlannedVisit } from '../../lib/rules/planner/plan-course.ts';
import type { PlannerKey } from './strings.ts';

/*
 * The plan as a calendar file, in the page's words. The planner loads this module only when the
 * patient asks for the file, so showing a plan does not wait for it.
 */

type Words = {
	readonly t: (key: PlannerKey, vars?: Record<string, string | number>) => string;
	readonly followUpName: (id: PlannedVisit['id']) => string;
	readonly labelOf: (item: HoldItem) => string;
	readonly phone: string;
	readonly domain: string;
};

/** The iCalendar text of a plan: sessions with reminders, milestones, follow-ups and medicine days. */
export function courseCalendar(plan: CoursePlan, { t, followUpName, labelOf, phone, domain }: Words, now: Instant): string {
	const events = courseEvents(
		plan,
		{
			session: (session) => ({
				summary: t('planner.ics.session', { number: session.number }),
				reminder: t('planner.ics.reminder', { number: session.number }),
			}),
			sideEffectsEnd: (session) => ({ summary: t('planner.ics.sideEffectsEnd', { number: session.number }), description: t('planner.ics.getHelp', { phone }) }),
			firstRelief: { summary: t('planner.ics.firstRelief') },
			exercise: { summary: t('planner.ics.exercise') },
			followUp: (visit) => ({ summary: followUpName(visit.id) }),
			medicines: {
				lastDose: (item) => ({ summary: t('medication.ics.lastDose', { name: labelOf(item) }), reminder: t('medication.ics.reminder', { name: labelOf(item) }) }),
				freeDays: (item) => ({ summary: t('medication.ics.free', { name: labelOf(item) }) }),
				restart: (item) => ({ summary: t('medication.ics.restart', { name: labelOf(item) }) }),
			},
		},
		{ uidDomain: domain },
	);
	return buildCalendar(events, { dtstamp: now, name: t('planner.result.title') });
}
