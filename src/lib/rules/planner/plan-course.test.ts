import { describe, expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import { plannerSettingsFromInput } from '../../../../tests/unit/support/planner-settings.ts';
import { plan, planned, settingsWith } from '../../../../tests/unit/support/course-plans.ts';

describe('planCourse: the usual plan', () => {
	test('3 sessions 4 weeks apart from Monday 1 March 2027', () => {
		const result = planned({});
		expect(result.status).toBe('ok');
		expect(result.suggestions).toEqual([]);
		expect(result.plan.sessions).toEqual([
			{ number: 1, plannedDate: '2027-03-01', date: '2027-03-01', weekday: 1, closed: false, nextOpenDate: null, moved: false, daysSincePrevious: null, sideEffectsUntil: '2027-03-08', medicines: null },
			{ number: 2, plannedDate: '2027-03-29', date: '2027-03-29', weekday: 1, closed: false, nextOpenDate: null, moved: false, daysSincePrevious: 28, sideEffectsUntil: '2027-04-05', medicines: null },
			{ number: 3, plannedDate: '2027-04-26', date: '2027-04-26', weekday: 1, closed: false, nextOpenDate: null, moved: false, daysSincePrevious: 28, sideEffectsUntil: '2027-05-03', medicines: null },
		]);
		expect(result.plan).toMatchObject({
			firstSessionDate: '2027-03-01',
			lastSessionDate: '2027-04-26',
			courseLimit: { months: 6, latestLastSession: '2027-09-01', fits: true, daysOver: 0 },
			// First relief around 3 weeks after the first session.
			firstReliefAround: '2027-03-22',
			exerciseFrom: '2027-03-02',
			followUps: [],
		});
	});

	test('the first session may be today', () => {
		expect(plan({ today: '2027-03-01' }).status).toBe('ok');
	});

	test('follow-up visits the clinic sets come after the last session', () => {
		const settings = settingsWith({ followUps: [{ id: 'review', weeksAfterLastSession: 6, name: { en: 'Review' } }] });
		expect(planned({ settings }).plan.followUps).toEqual([{ id: 'review', date: '2027-06-07', weekday: 1, closed: false, nextOpenDate: null }]);
	});
});

describe('planCourse: the 6-month rule', () => {
	const fortnightly = settingsWith({ sessions: { max: 24 } });

	test.each([
		// 31 August + 6 months is 29 February in a leap year: 14 sessions 2 weeks apart end that day.
		['2027-08-31', '2028-02-29', '2028-02-29', 0],
		// ... and 28 February otherwise, so the same plan is 1 day over.
		['2026-08-31', '2027-02-28', '2027-03-01', 1],
		// 30 and 29 August clamp the same way.
		['2026-08-30', '2027-02-28', '2027-02-28', 0],
		// Across a year end without clamping.
		['2027-07-15', '2028-01-15', '2028-01-13', 0],
	])('first session %s: latest last session %s; last session %s is %i days over', (first, latest, last, daysOver) => {
		const result = planned({ firstSession: first, today: '2026-01-01', sessions: 14, weeksBetween: 2, settings: fortnightly });
		expect(result.plan.lastSessionDate).toBe(last);
		expect(result.plan.courseLimit).toEqual({ months: 6, latestLastSession: latest, fits: daysOver === 0, daysOver });
		expect(result.status).toBe(daysOver === 0 ? 'ok' : 'tooLong');
	});

	test('8 sessions 4 weeks apart, where the clinic allows 8: 12 days over, with fewer sessions or a shorter interval offered', () => {
		const result = planned({ sessions: 8, settings: settingsWith({ sessions: { max: 8 } }) });
		expect(result.status).toBe('tooLong');
		expect(result.plan.lastSessionDate).toBe('2027-09-13');
		expect(result.plan.courseLimit).toMatchObject({ latestLastSession: '2027-09-01', daysOver: 12 });
		expect(result.suggestions).toEqual([
			{ sessions: 7, weeksBetween: 4, lastSessionDate: '2027-08-16', moves: 'all', changes: ['sessions'] },
			{ sessions: 8, weeksBetween: 3, lastSessionDate: '2027-07-26', moves: 'all', changes: ['weeksBetween'] },
		]);
	});

	test('8 sessions 4 weeks apart with the default limit of 6 sessions: refused, with the nearest plan that fits', () => {
		expect(plan({ sessions: 8 })).toEqual({
			status: 'invalid',
			errors: [{ field: 'sessions', error: 'tooMany', min: 1, max: 6 }],
			suggestions: [{ sessions: 6, weeksBetween: 4, lastSessionDate: '2027-07-19', moves: 'all', changes: ['sessions'] }],
		});
	});

	test('6 sessions 6 weeks apart: the nearest plans are 5 sessions, or 5 weeks apart', () => {
		const result = planned({ firstSession: '2027-01-04', today: '2027-01-01', sessions: 6, weeksBetween: 6 });
		expect(result.status).toBe('tooLong');
		expect(result.suggestions.map(({ sessions, weeksBetween, changes }) => [sessions, weeksBetween, changes])).toEqual([
			[5, 6, ['sessions']],
			[6, 5, ['weeksBetween']],
		]);
	});

	test('a shorter interval is offered only within the clinic’s minimum', () => {
		const settings = settingsWith({ sessions: { max: 12 }, weeksBetween: { min: 4, max: 6 } });
		const result = planned({ sessions: 12, weeksBetween: 4, settings });
		expect(result.suggestions).toEqual([{ sessions: 7, weeksBetween: 4, lastSessionDate: '2027-08-16', moves: 'all', changes: ['sessions'] }]);
	});
});

describe('planCourse: closed days', () => {
	// Open on Mondays and Wednesdays only; the first session is a Tuesday.
	const settings = settingsWith({ openWeekdays: [1, 3] });

	test('sessions on a closed day are flagged with the next open day', () => {
		const result = planned({ firstSession: '2027-03-02', settings });
		expect(result.plan.sessions.map(({ date, closed, nextOpenDate, moved }) => [date, closed, nextOpenDate, moved])).toEqual([
			['2027-03-02', true, '2027-03-03', false],
			['2027-03-30', true, '2027-03-31', false],
			['2027-04-27', true, '2027-04-28', false],
		]);
	});

	test('move one session: the next one follows it, so the gap stays 4 weeks', () => {
		const result = planned({ firstSession: '2027-03-02', settings, moveToOpenDay: [2] });
		expect(result.plan.sessions.map(({ plannedDate, date, closed, moved, daysSincePrevious }) => [plannedDate, date, closed, moved, daysSincePrevious])).toEqual([
			['2027-03-02', '2027-03-02', true, false, null],
			['2027-03-30', '2027-03-31', false, true, 29],
			['2027-04-28', '2027-04-28', false, false, 28],
		]);
		expect(result.plan.problems).toEqual([{ problem: 'closed', session: 1 }]);
	});

	test('issue 11: moving the first of 3 fortnightly sessions from Saturday 6 March 2027 keeps 2 weeks to the next', () => {
		const result = planned({ firstSession: '2027-03-06', sessions: 3, weeksBetween: 2, moveToOpenDay: [1] });
		expect(result.plan.sessions.map((session) => session.date)).toEqual(['2027-03-08', '2027-03-22', '2027-04-05']);
		expect(result.plan.problems).toEqual([]);
	});

	test('a bank holiday is closed like a weekend: Boxing Day’s substitute, and Christmas Day as a first session', () => {
		const england = plannerSettingsFromInput({ closedDates: ['2026-12-25', '2026-12-26', '2026-12-28', '2027-01-01'].map(isoDate) });
		const fromNovember = planned({ firstSession: '2026-11-30', today: '2026-11-27', sessions: 4, weeksBetween: 4, settings: england });
		expect(fromNovember.plan.sessions.map(({ date, closed, nextOpenDate }) => [date, closed, nextOpenDate])).toEqual([
			['2026-11-30', false, null],
			['2026-12-28', true, '2026-12-29'],
			['2027-01-25', false, null],
			['2027-02-22', false, null],
		]);
		expect(fromNovember.plan.problems).toEqual([{ problem: 'closed', session: 2 }]);
		const christmas = planned({ firstSession: '2026-12-25', today: '2026-11-27', sessions: 1, settings: england });
		expect(christmas.plan.sessions[0]).toMatchObject({ closed: true, nextOpenDate: '2026-12-29' });
	});

	test('when the next open day would make the gap too long, the move goes to the open day before', () => {
		// 6 weeks (the most allowed) after Monday 19 April 2027 is the Spring bank holiday.
		const england = plannerSettingsFromInput({ closedDates: ['2027-05-31'].map(isoDate) });
		const result = planned({ firstSession: '2027-04-19', today: '2027-04-01', sessions: 2, weeksBetween: 6, settings: england, moveToOpenDay: 'all' });
		expect(result.plan.sessions.map(({ date, moved }) => [date, moved])).toEqual([
			['2027-04-19', false],
			['2027-05-28', true],
		]);
	});

	test('a follow-up on a closed day is flagged with the next open day', () => {
		const reviewed = settingsWith({ followUps: [{ id: 'review', weeksAfterLastSession: 6, name: { en: 'Review' } }] });
		// Last session Saturday 2 October 2027; the review 6 weeks later is Saturday 13 November.
		const result = planned({ firstSession: '2027-08-07', today: '2027-08-01', sessions: 2, weeksBetween: 8, settings: { ...reviewed, weeksBetween: { default: 4, min: 2, max: 8 } } });
		expect(result.plan.followUps).toEqual([{ id: 'review', date: '2027-11-13', weekday: 6, closed: true, nextOpenDate: '2027-11-15' }]);
	});

	test('move them all: the course, first relief and side effects follow the moved dates', () => {
		const result = planned({ firstSession: '2027-03-02', settings, moveToOpenDay: 'all' });
		expect(result.plan.sessions.map((session) => [session.date, session.weekday, session.closed, session.moved, session.sideEffectsUntil])).toEqual([
			['2027-03-03', 3, false, true, '2027-03-10'],
			// The later sessions follow the moved first one, so they are on open days already.
			['2027-03-31', 3, false, false, '2027-04-07'],
			['2027-04-28', 3, false, false, '2027-05-05'],
		]);
		expect(result.plan).toMatchObject({ firstSessionDate: '2027-03-03', firstReliefAround: '2027-03-24', courseLimit: { latestLastSession: '2027-09-03' } });
	});

	test('a move can push the course past the limit, and the suggestions account for it', () => {
		// Saturday 29 August 2026 + 6 months is 28 February 2027 (183 days). 14 sessions 2 weeks
		// apart end on Saturday 27 February; moved to Monday 1 March, one day over.
		const fortnightly = settingsWith({ sessions: { max: 24 } });
		const unmoved = planned({ firstSession: '2026-08-29', today: '2026-01-01', sessions: 14, weeksBetween: 2, settings: fortnightly });
		expect(unmoved.status).toBe('ok');
		const moved = planned({ firstSession: '2026-08-29', today: '2026-01-01', sessions: 14, weeksBetween: 2, settings: fortnightly, moveToOpenDay: [14] });
		expect(moved.status).toBe('tooLong');
		expect(moved.plan.courseLimit).toMatchObject({ latestLastSession: '2027-02-28', daysOver: 1 });
		expect(moved.suggestions[0]).toMatchObject({ sessions: 13, weeksBetween: 2, changes: ['sessions'] });
	});
});

