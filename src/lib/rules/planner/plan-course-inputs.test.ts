import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { differenceInCalendarDays, fromDayNumber, toDayNumber } from '../dates/calendar.ts';
import { addDays, addMonths, eachDay } from '../dates/calendar-steps.ts';
import { compareDates } from '../dates/compare-dates.ts';
import { isIsoDate, isoDate, type IsoDate } from '../dates/iso-date.ts';
import { defaultMedicationRules } from '../medication/schema.ts';
import { bookingProblems } from './bookable.ts';
import { isClinicOpen } from '../clinic-days/open-days.ts';
import { planCourse, type CourseInput } from './plan-course.ts';
import { defaultPlannerSettings } from '../../../../tests/unit/support/planner-settings.ts';
import { plan, planned, settingsWith } from '../../../../tests/unit/support/course-plans.ts';

describe('planCourse: medicines in the plan', () => {
	test('every session gets its medicine-free days from the medication rules', () => {
		const result = planned({ medicines: { medicineIds: ['ibuprofen', 'rivaroxaban'], rules: defaultMedicationRules } });
		const holds = result.plan.sessions.map((session) => {
			const hold = session.medicines;
			if (!hold?.ok) throw new Error('no plan');
			return hold.items.map((item) => (item.status === 'stop' ? [item.status, item.lastDoseDate, item.freeDates.at(-1)] : [item.status]));
		});
		expect(holds).toEqual([
			[['stop', '2027-02-25', '2027-03-01'], ['askPrescriber']],
			[['stop', '2027-03-25', '2027-03-29'], ['askPrescriber']],
			[['stop', '2027-04-22', '2027-04-26'], ['askPrescriber']],
		]);
	});

	test('too late for the first session, in time for the later ones', () => {
		const result = planned({ today: '2027-02-27', medicines: { medicineIds: ['naproxen'], rules: defaultMedicationRules } });
		const statuses = result.plan.sessions.map((session) => (session.medicines?.ok ? session.medicines.items[0]?.status : null));
		expect(statuses).toEqual(['tooLate', 'stop', 'stop']);
	});
});

describe('planCourse: every input out of range gives a clear error', () => {
	test.each<[Partial<CourseInput>, unknown[]]>([
		[{ firstSession: '2027-02-30' }, [{ field: 'firstSession', error: 'invalidDate' }]],
		[{ firstSession: '' }, [{ field: 'firstSession', error: 'invalidDate' }]],
		[{ firstSession: '1800-01-01', today: '1799-01-01' }, [{ field: 'today', error: 'invalidDate' }, { field: 'firstSession', error: 'invalidDate' }]],
		[{ firstSession: '2027-01-31' }, [{ field: 'firstSession', error: 'inPast' }]],
		[{ today: 'now' }, [{ field: 'today', error: 'invalidDate' }]],
		[{ sessions: 0 }, [{ field: 'sessions', error: 'tooFew', min: 1, max: 6 }]],
		[{ sessions: 7 }, [{ field: 'sessions', error: 'tooMany', min: 1, max: 6 }]],
		[{ sessions: 2.5 }, [{ field: 'sessions', error: 'notAWholeNumber', min: 1, max: 6 }]],
		[{ sessions: Number.NaN }, [{ field: 'sessions', error: 'notAWholeNumber', min: 1, max: 6 }]],
		[{ sessions: -2 }, [{ field: 'sessions', error: 'tooFew', min: 1, max: 6 }]],
		[{ weeksBetween: 1 }, [{ field: 'weeksBetween', error: 'tooFew', min: 2, max: 6 }]],
		[{ weeksBetween: 8 }, [{ field: 'weeksBetween', error: 'tooMany', min: 2, max: 6 }]],
		[
			{ sessions: 9, weeksBetween: 1.5 },
			[
				{ field: 'sessions', error: 'tooMany', min: 1, max: 6 },
				{ field: 'weeksBetween', error: 'notAWholeNumber', min: 2, max: 6 },
			],
		],
	])('%j', (input, errors) => {
		const result = plan(input);
		expect(result.status).toBe('invalid');
		if (result.status === 'invalid') expect(result.errors).toEqual(errors);
	});

	test.each<[Partial<CourseInput>, unknown[]]>([
		// Counts out of range come with the nearest plans inside the limits.
		[{ weeksBetween: 8 }, [{ sessions: 3, weeksBetween: 6, lastSessionDate: '2027-05-24', moves: 'all', changes: ['weeksBetween'] }]],
		[{ weeksBetween: 1 }, [{ sessions: 3, weeksBetween: 2, lastSessionDate: '2027-03-29', moves: 'all', changes: ['weeksBetween'] }]],
		[{ sessions: 0 }, [{ sessions: 1, weeksBetween: 4, lastSessionDate: '2027-03-01', moves: 'all', changes: ['sessions'] }]],
		// A bad date or a count that is not a number cannot be mended.
		[{ firstSession: 'soon', sessions: 9 }, []],
		[{ sessions: Number.NaN }, []],
	])('suggestions for %j', (input, suggestions) => {
		expect(plan(input).suggestions).toEqual(suggestions);
	});
});

describe('planCourse: properties', () => {
	const anySettings = fc
		.record({
			max: fc.integer({ min: 1, max: 24 }),
			min: fc.integer({ min: 1, max: 6 }),
			span: fc.integer({ min: 0, max: 6 }),
			months: fc.integer({ min: 1, max: 12 }),
			open: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
			followUpWeeks: fc.uniqueArray(fc.integer({ min: 1, max: 104 }), { maxLength: 2 }),
		})
		.map(({ max, min, span, months, open, followUpWeeks }) =>
			settingsWith({
				sessions: { default: 1, max },
				weeksBetween: { default: min, min, max: Math.min(12, min + span) },
				courseMaxMonths: months,
				openWeekdays: open,
				followUps: followUpWeeks.map((weeks) => ({ id: `visit-${weeks}`, weeksAfterLastSession: weeks, name: { en: 'Visit' } })),
			}),
		);
	const firstSession = fc.integer({ min: toDayNumber(isoDate('1900-01-01')), max: toDayNumber(isoDate('2199-06-30')) }).map(fromDayNumber);
	const moves = fc.oneof(fc.constant('none' as const), fc.constant('all' as const), fc.uniqueArray(fc.integer({ min: 1, max: 24 })));

	/** Closed dates near the first session: single holidays and closures of up to three weeks. */
	const withClosures = (first: IsoDate) =>
		fc
			.array(fc.record({ offset: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 1, max: 21 }) }), { maxLength: 12 })
			.map((ranges) => ranges.flatMap(({ offset, length }) => eachDay(addDays(first, offset), addDays(first, offset + length - 1))));

	test('issue 11: every plan flags what the clinic cannot book; every move and every suggestion is bookable, and a suggestion is the plan it applies', () => {
		const input = fc
			.tuple(anySettings, firstSession, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 14 }), moves)
			.chain(([settings, first, sessions, weeks, move]) =>
				withClosures(first).map((closed) => ({ settings: { ...settings, closedDates: [...new Set(closed)].sort() }, first, sessions, weeks, move })),
			);
		fc.assert(
			fc.property(input, ({ settings, first, sessions, weeks, move }) => {
				const result = planCourse({ firstSession: first, sessions, weeksBetween: weeks, today: first, moveToOpenDay: move, settings });
				for (const suggestion of result.suggestions) {
					expect(suggestion.sessions).toBeGreaterThanOrEqual(settings.sessions.min);
					expect(suggestion.sessions).toBeLessThanOrEqual(settings.sessions.max);
					expect(suggestion.weeksBetween).toBeGreaterThanOrEqual(settings.weeksBetween.min);
					expect(suggestion.weeksBetween).toBeLessThanOrEqual(settings.weeksBetween.max);
					// Pressing it plans these counts with its moves: that plan is bookable, and ends on the labelled day.
					const applied = planCourse({ firstSession: first, sessions: suggestion.sessions, weeksBetween: suggestion.weeksBetween, today: first, moveToOpenDay: suggestion.moves, settings });
					expect(applied.status).toBe('ok');
					if (applied.status === 'ok') {
						expect(applied.plan.problems).toEqual([]);
						expect(applied.plan.lastSessionDate).toBe(suggestion.lastSessionDate);
					}
				}
				if (result.status === 'invalid') {
					expect(sessions < 1 || sessions > settings.sessions.max || weeks < settings.weeksBetween.min || weeks > settings.weeksBetween.max).toBe(true);
					return;
				}
				const { plan: course } = result;
				expect(course.sessions).toHaveLength(sessions);
				course.sessions.forEach((session, index) => {
					const previous = course.sessions[index - 1];
					expect(isIsoDate(session.date)).toBe(true);
					// Each session is N weeks after the one before it as booked.
					expect(session.plannedDate).toBe(previous === undefined ? first : addDays(previous.date, weeks * 7));
					expect(session.closed).toBe(!isClinicOpen(session.date, settings));
					// A move offered is to an open day that keeps the gap within the clinic's limits.
					if (session.nextOpenDate !== null) {
						expect(isClinicOpen(session.nextOpenDate, settings)).toBe(true);
						if (previous === undefined) expect(compareDates(session.nextOpenDate, first)).toBeGreaterThanOrEqual(0);
						else {
							const gap = differenceInCalendarDays(session.nextOpenDate, previous.date);
							expect(gap >= settings.weeksBetween.min * 7 && gap <= settings.weeksBetween.max * 7).toBe(true);
						}
					}
					expect(session.date).toBe(session.moved ? session.nextOpenDate : session.plannedDate);
					if (session.moved) expect(session.closed).toBe(false);
				});
				// The plan carries every booking problem; gaps never break the limits, and every closed session is flagged.
				const problems = bookingProblems(course.sessions.map((session) => session.date), settings);
				expect(course.problems).toEqual(problems);
				expect(problems.filter((problem) => problem.problem === 'gapTooShort' || problem.problem === 'gapTooLong')).toEqual([]);
				expect(problems.filter((problem) => problem.problem === 'closed').map((problem) => 'session' in problem && problem.session)).toEqual(
					course.sessions.filter((session) => session.closed).map((session) => session.number),
				);
				const latest = addMonths(course.firstSessionDate, settings.courseMaxMonths);
				const fits = compareDates(course.lastSessionDate, latest) <= 0;
				expect(result.status).toBe(fits ? 'ok' : 'tooLong');
				expect(course.courseLimit.daysOver).toBe(fits ? 0 : differenceInCalendarDays(course.lastSessionDate, latest));
				for (const visit of course.followUps) {
					expect(visit.closed).toBe(!isClinicOpen(visit.date, settings));
					if (visit.nextOpenDate !== null) expect(isClinicOpen(visit.nextOpenDate, settings)).toBe(true);
				}
			}),
		);
	});

	test('never throws for any input at all', () => {
		fc.assert(
			// Counts typed as text reach the rules through the whole-number reader (calculators/read-number.ts): any number at all here.
			fc.property(fc.string(), fc.double(), fc.integer(), fc.string(), (first, sessions, weeks, today) => {
				expect(() => planCourse({ firstSession: first, sessions, weeksBetween: weeks, today, settings: defaultPlannerSettings })).not.toThrow();
			}),
		);
	});

	test('does not change its inputs, and gives plain JSON data', () => {
		const settings = structuredClone(defaultPlannerSettings);
		const input = { firstSession: '2027-03-01', sessions: 3, weeksBetween: 4, today: '2027-02-01', moveToOpenDay: Object.freeze([1]), settings, medicines: { medicineIds: ['ibuprofen'], rules: defaultMedicationRules } };
		const before = JSON.stringify(input);
		const result = planCourse(input);
		expect(JSON.stringify(input)).toBe(before);
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	});
});
