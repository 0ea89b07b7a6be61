import type { CalendarEvent } from '../calendar-file/ics.ts';
import { addDays } from '../dates/calendar-steps.ts';
import { compareDates } from '../dates/compare-dates.ts';
import type { IsoDate } from '../dates/iso-date.ts';
import { holdEvents, type HoldEventText, type HoldEventWords } from '../medication/hold-events.ts';
import type { CoursePlan, PlannedSession, PlannedVisit } from './plan-course.ts';

/**
 * The words for the calendar file, supplied by the page in its language (the rules hold none).
 * The functions get the session or visit, so they can number and date it.
 */
export type CourseEventText = {
	/** A session; `reminder` is the text of the alarm the evening before. */
	readonly session: (session: PlannedSession) => HoldEventWords & { readonly reminder: string };
	/** The last day bruising and swelling are expected after a session. */
	readonly sideEffectsEnd: (session: PlannedSession) => HoldEventWords;
	/** The day relief usually starts, "around" (never a promise). */
	readonly firstRelief: HoldEventWords;
	/** The day the exercise programme starts. */
	readonly exercise: HoldEventWords;
	/** A follow-up visit the clinic books after the last session. */
	readonly followUp: (visit: PlannedVisit) => HoldEventWords;
	/** Each session's medicine-free days, when the plan has medicines (the treatment day is the session). */
	readonly medicines?: Omit<HoldEventText, 'treatment'> | undefined;
};

export type CourseEventsOptions = {
	/** The clinic's web domain, to make event ids unique: `clinic.example`. */
	readonly uidDomain: string;
	/** The time of the reminders the evening before. Default 19:00. */
	readonly reminder?: { readonly hour: number; readonly minute?: number | undefined } | undefined;
};

/**
 * Turns a course plan into all-day calendar events, sorted by date: every session (with a
 * reminder the evening before), the end of each session's bruising window, first relief
 * "around" its date, the start of the exercise programme, each follow-up visit, and, when the
 * plan has medicines, each session's last-dose and medicine-free days (see `holdEvents`).
 * Event ids are stable, so importing an updated plan replaces the old events.
 *
 * @example
 * courseEvents(planCourse({ firstSession: '2027-03-01', sessions: 2, weeksBetween: 4, today: '2027-02-01', settings: defaultPlannerSettings }).plan, { session: (s) => ({ summary: `Session ${s.number}`, reminder: 'Tomorrow' }), sideEffectsEnd: () => ({ summary: 'Bruising settles' }), firstRelief: { summary: 'Relief around now' }, exercise: { summary: 'Exercises' }, followUp: () => ({ summary: 'Review' }) }, { uidDomain: 'clinic.example' }).map((event) => [event.summary, 'date' in event ? event.date : event.start])
 * //=> [['Session 1', '2027-03-01'], ['Exercises', '2027-03-02'], ['Bruising settles', '2027-03-08'], ['Relief around now', '2027-03-22'], ['Session 2', '2027-03-29'], ['Bruising settles', '2027-04-05']]
 */
export function courseEvents(plan: CoursePlan, text: CourseEventText, options: CourseEventsOptions): CalendarEvent[] {
	// No date in the ids: a re-imported plan with moved dates replaces the old events (issue 10).
	const prefix = 'course';
	const uid = (name: string) => `${prefix}-${name}@${options.uidDomain}`;
	const hour = options.reminder?.hour ?? 19;
	const minute = options.reminder?.minute ?? 0;
	const events: CalendarEvent[] = [];

	for (const session of plan.sessions) {
		const { reminder, ...words } = text.session(session);
		events.push({ uid: uid(`session-${session.number}`), date: session.date, ...clean(words), alarm: { daysBefore: 1, hour, minute, description: reminder } });
		if (session.sideEffectsUntil !== session.date) {
			events.push({ uid: uid(`session-${session.number}-side-effects`), date: session.sideEffectsUntil, ...clean(text.sideEffectsEnd(session)) });
		}
		const medicines = text.medicines;
		if (medicines !== undefined && session.medicines?.ok) {
			// The medicine rules' own treatment event is this session's event, so it is left out.
			const uidPrefix = `${prefix}-session-${session.number}-hold`;
			const treatmentUid = `${uidPrefix}-treatment@${options.uidDomain}`;
			const held = holdEvents(session.medicines, { ...medicines, treatment: { summary: '' } }, { ...options, uidPrefix });
			events.push(...held.filter((event) => event.uid !== treatmentUid));
		}
	}
	events.push({ uid: uid('first-relief'), date: plan.firstReliefAround, ...clean(text.firstRelief) });
	events.push({ uid: uid('exercise'), date: plan.exerciseFrom, ...clean(text.exercise) });
	for (const visit of plan.followUps) {
		events.push({ uid: uid(`follow-up-${visit.id}`), date: visit.date, ...clean(text.followUp(visit)) });
	}
	return events.sort((a, b) => compareDates(startOf(a), startOf(b)));
}

/**
 * The last day of a session's bruising window as a range from the day after the session, for
 * showing the window: `null` when the clinic expects none.
 *
 * @example
 * sideEffectsWindow({ date: isoDate('2027-03-01'), sideEffectsUntil: isoDate('2027-03-08') })
 * //=> { from: '2027-03-02', to: '2027-03-08' }
 */
export function sideEffectsWindow(session: Pick<PlannedSession, 'date' | 'sideEffectsUntil'>): { from: IsoDate; to: IsoDate } | null {
	if (compareDates(session.sideEffectsUntil, session.date) <= 0) return null;
	return { from: addDays(session.date, 1), to: session.sideEffectsUntil };
}

function clean({ summary, description }: HoldEventWords): HoldEventWords {
	return description === undefined ? { summary } : { summary, description };
}

function startOf(event: CalendarEvent): IsoDate {
	return 'date' in event ? event.date : event.start;
}
