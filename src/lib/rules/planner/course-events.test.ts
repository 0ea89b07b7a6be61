import { describe, expect, test } from 'vitest';
import { buildCalendar, type CalendarEvent } from '../calendar-file/ics.ts';
import { defaultMedicationRules } from '../medication/schema.ts';
import { courseEvents, sideEffectsWindow, type CourseEventText } from './course-events.ts';
import { planCourse, type CourseInput, type CoursePlan } from './plan-course.ts';
import { defaultPlannerSettings, plannerSettingsFromInput } from '../../../../tests/unit/support/planner-settings.ts';

const text: CourseEventText = {
	session: (session) => ({ summary: `Session ${session.number}`, reminder: `Session ${session.number} tomorrow` }),
	sideEffectsEnd: (session) => ({ summary: `Bruising from session ${session.number} settles`, description: 'Call if worse' }),
	firstRelief: { summary: 'Relief usually starts around now' },
	exercise: { summary: 'Start your exercises' },
	followUp: (visit) => ({ summary: `Follow-up: ${visit.id}` }),
	medicines: {
		lastDose: (item) => ({ summary: `Last ${item.id}`, reminder: `Last ${item.id} tomorrow` }),
		freeDays: (item) => ({ summary: `No ${item.id}` }),
	},
};

function planOf(input: Partial<CourseInput>): CoursePlan {
	const result = planCourse({ firstSession: '2027-03-01', sessions: 3, weeksBetween: 4, today: '2027-02-01', settings: defaultPlannerSettings, ...input });
	if (result.status === 'invalid') throw new Error('invalid');
	return result.plan;
}

const summaryAndDates = (events: CalendarEvent[]) =>
	events.map((event) => ['date' in event ? [event.date] : [event.start, event.end], event.summary].flat());

describe('courseEvents', () => {
	test('every session, its bruising window’s end, first relief, exercise and follow-ups, by date', () => {
		const settings = plannerSettingsFromInput({ treatment: { followUps: [{ id: 'review', weeksAfterLastSession: 6, name: { en: 'Review' } }] } });
		const events = courseEvents(planOf({ settings }), text, { uidDomain: 'clinic.example' });
		expect(summaryAndDates(events)).toEqual([
			['2027-03-01', 'Session 1'],
			['2027-03-02', 'Start your exercises'],
			['2027-03-08', 'Bruising from session 1 settles'],
			['2027-03-22', 'Relief usually starts around now'],
			['2027-03-29', 'Session 2'],
			['2027-04-05', 'Bruising from session 2 settles'],
			['2027-04-26', 'Session 3'],
			['2027-05-03', 'Bruising from session 3 settles'],
			['2027-06-07', 'Follow-up: review'],
		]);
	});

	test('each session has a reminder the evening before; event ids are unique and stable', () => {
		const events = courseEvents(planOf({}), text, { uidDomain: 'clinic.example' });
		const sessions = events.filter((event) => event.summary.startsWith('Session'));
		expect(sessions.map((event) => [event.uid, event.alarm])).toEqual([
			['course-session-1@clinic.example', { daysBefore: 1, hour: 19, minute: 0, description: 'Session 1 tomorrow' }],
			['course-session-2@clinic.example', { daysBefore: 1, hour: 19, minute: 0, description: 'Session 2 tomorrow' }],
			['course-session-3@clinic.example', { daysBefore: 1, hour: 19, minute: 0, description: 'Session 3 tomorrow' }],
		]);
		expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
		expect(courseEvents(planOf({}), text, { uidDomain: 'clinic.example' })).toEqual(events);
		// Ids name the session, never its date: a plan started a week later updates the same events (issue 10).
		const later = courseEvents(planOf({ firstSession: '2027-03-08' }), text, { uidDomain: 'clinic.example' });
		expect(later.map((event) => event.uid).sort()).toEqual(events.map((event) => event.uid).sort());
	});

	test('medicines: each session gets its last dose and medicine-free days, and no second treatment event', () => {
		const plan = planOf({ sessions: 2, medicines: { medicineIds: ['ibuprofen', 'paracetamol'], rules: defaultMedicationRules } });
		const events = courseEvents(plan, text, { uidDomain: 'clinic.example', reminder: { hour: 18, minute: 30 } });
		const medicineEvents = events.filter((event) => /ibuprofen|paracetamol/.test(event.summary));
		expect(summaryAndDates(medicineEvents)).toEqual([
			['2027-02-25', 'Last ibuprofen'],
			['2027-02-26', '2027-03-01', 'No ibuprofen'],
			['2027-03-25', 'Last ibuprofen'],
			['2027-03-26', '2027-03-29', 'No ibuprofen'],
		]);
		expect(medicineEvents[0]?.alarm).toEqual({ daysBefore: 1, hour: 18, minute: 30, description: 'Last ibuprofen tomorrow' });
		expect(events.filter((event) => ('date' in event ? event.date : event.start) === '2027-03-01')).toHaveLength(1);
	});

	test('without medicine words, no medicine events', () => {
		const plan = planOf({ medicines: { medicineIds: ['ibuprofen'], rules: defaultMedicationRules } });
		const { medicines: _unused, ...withoutMedicines } = text;
		expect(courseEvents(plan, withoutMedicines, { uidDomain: 'clinic.example' }).some((event) => event.summary.includes('ibuprofen'))).toBe(false);
	});

	test('moved sessions are on their new dates; the file builds', () => {
		const settings = plannerSettingsFromInput({ openDays: ['monday', 'wednesday'] });
		const plan = planOf({ firstSession: '2027-03-02', settings, moveToOpenDay: 'all' });
		const events = courseEvents(plan, text, { uidDomain: 'clinic.example' });
		expect(events.filter((event) => event.summary.startsWith('Session')).map((event) => ('date' in event ? event.date : ''))).toEqual([
			'2027-03-03',
			'2027-03-31',
			'2027-04-28',
		]);
		expect(buildCalendar(events, { dtstamp: Date.UTC(2027, 1, 1) })).toContain('DTSTART;VALUE=DATE:20270303');
	});

	test('does not change the plan', () => {
		const plan = planOf({ medicines: { medicineIds: ['ibuprofen'], rules: defaultMedicationRules } });
		const before = JSON.stringify(plan);
		courseEvents(plan, text, { uidDomain: 'clinic.example' });
		expect(JSON.stringify(plan)).toBe(before);
	});
});

describe('sideEffectsWindow', () => {
	test.each([
		// Across a month end and a leap day.
		['2028-02-25', '2028-03-03', { from: '2028-02-26', to: '2028-03-03' }],
		['2027-12-30', '2028-01-06', { from: '2027-12-31', to: '2028-01-06' }],
		['2027-03-01', '2027-03-01', null],
	])('%s to %s', (date, until, expected) => {
		expect(sideEffectsWindow({ date: date as never, sideEffectsUntil: until as never })).toEqual(expected);
	});
});
