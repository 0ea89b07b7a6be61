import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/strings/en.ts';
import { isoDate } from '../../lib/rules/dates/iso-date.ts';
import { nearestFittingPlans } from '../../lib/rules/planner/nearest-plans.ts';
import { planCourse } from '../../lib/rules/planner/plan-course.ts';
import { decodeCourseFragment, typedCourseFields } from '../../lib/rules/share/course-fragment.ts';
import { defaultMedicationRules } from '../../lib/rules/medication/schema.ts';
import { defaultPlannerSettings } from '../../../tests/unit/support/planner-settings.ts';
import { translator } from '../calculators/translator.ts';
import { IDS, plannerModel, type PlannerInputs } from './model.ts';
import { plannerStrings } from './strings.ts';

/*
 * The planner's model without a browser: form text read at the edge into numbers and a date,
 * the errors of an ask in the form's order, and the plan worked out once the answer's rules
 * have arrived (issue 25).
 */
const settings = defaultPlannerSettings;
const view = { planCourse, nearestFittingPlans, decodeCourseFragment, typedCourseFields };
const model = (loaded = true) =>
	plannerModel({
		tag: 'en-GB',
		settings,
		rules: loaded ? defaultMedicationRules : undefined,
		view: loaded ? view : undefined,
		t: translator(plannerStrings(en), 'en-GB'),
		dateField: en['planner.firstSession.field'],
		load: () => Promise.resolve(),
		waitFor: () => undefined,
		labelOf: (pick) => pick.id,
	});
const today = isoDate('2027-03-01');
const form = (change: Partial<PlannerInputs> = {}): PlannerInputs => ({ ...model().empty, date: { day: '12', month: '3', year: '2027' }, ...change });

describe('reading an ask', () => {
	test('a good form reads as a date and whole numbers, with no errors', () => {
		expect(model().read({ inputs: form({ sessions: ' 3 ', weeks: '4' }), today })).toEqual({
			errors: [],
			reading: { firstSession: '2027-03-12', sessions: 3, weeksBetween: 4 },
		});
	});

	test('each field at fault has its message, in the form’s order, and links to its box', () => {
		const { errors, reading } = model().read({ inputs: form({ date: { day: '30', month: '2', year: '2027' }, sessions: '3.5', weeks: '9' }), today });
		expect(reading).toBeUndefined();
		expect(errors.map((error) => [error.field, error.message])).toEqual([
			[IDS.date, 'The date of your first session must be a real date'],
			[IDS.sessions, en['planner.error.sessions.notAWholeNumber']],
			[IDS.weeks, 'Sessions must be no more than 6 weeks apart'],
		]);
		expect(errors[0]?.boxes).toEqual(['day']);
	});

	test('digits past any plan are too many, not a wrong kind of number', () => {
		const { errors } = model().read({ inputs: form({ sessions: '999999999999' }), today });
		expect(errors.map((error) => error.message)).toEqual(['Your clinic plans up to 6 sessions. Enter 6 or fewer']);
	});

	test('text that is not a whole number, or past any plan, is told at its field with the clinic’s range; it is never mended', () => {
		const told = (sessions: string, weeks = '4') => {
			const read = model().read({ inputs: form({ sessions, weeks }), today });
			return { messages: read.errors.map((error) => [error.field, error.message]), reading: read.reading, mend: read.mend };
		};
		const notAWholeNumber = [IDS.sessions, en['planner.error.sessions.notAWholeNumber']];
		expect(told('three')).toEqual({ messages: [notAWholeNumber], reading: undefined, mend: undefined });
		expect(told('')).toEqual({ messages: [notAWholeNumber], reading: undefined, mend: undefined });
		expect(told('many')).toEqual({ messages: [notAWholeNumber], reading: undefined, mend: undefined });
		expect(told('999999999999').messages).toEqual([[IDS.sessions, 'Your clinic plans up to 6 sessions. Enter 6 or fewer']]);
		expect(told('9', '1e3')).toEqual({
			messages: [
				[IDS.sessions, 'Your clinic plans up to 6 sessions. Enter 6 or fewer'],
				[IDS.weeks, en['planner.error.weeksBetween.notAWholeNumber']],
			],
			reading: undefined,
			mend: undefined,
		});
		// Spaces around the digits are read, and the plan is the one typed.
		const spaced = model().read({ inputs: form({ sessions: ' 3 ', weeks: '4' }), today });
		expect(model().show(form(), spaced, today).answer?.lastSessionDate).toBe('2027-05-07');
	});

	test('a date a link wrote wrongly is said at the field, quoting the link', () => {
		const link = { date: { parts: { day: '1', month: '3', year: '2027' }, asWritten: false, text: '2027-3-1' }, unread: ['<b>'] };
		const { errors } = model().read({ inputs: form(), today, link });
		expect(errors.map((error) => error.field)).toEqual([IDS.date, IDS.find]);
		expect(errors[0]?.message).toContain('2027-3-1');
		expect(errors[1]?.message).toContain('<b>');
	});
});

describe('the answer', () => {
	test('counts out of range with a good date are mended by the nearest plans that fit, once the rules have arrived', () => {
		const read = model().read({ inputs: form({ sessions: '9' }), today });
		expect(read.mend).toEqual({ firstSession: '2027-03-12', sessions: 9, weeksBetween: 4 });
		expect(model(false).show(form(), read, today).suggestions).toEqual([]);
		const { suggestions, answer } = model().show(form(), read, today);
		expect(answer).toBeUndefined();
		expect(suggestions).toEqual(nearestFittingPlans(isoDate('2027-03-12'), 9, 4, settings));
		expect(suggestions.length).toBeGreaterThan(0);
	});

	test('the plan comes from the reading, with the sessions moved as the form says now', () => {
		const read = model().read({ inputs: form(), today });
		const { answer, result } = model().show(form({ sessions: '1' }), read, today);
		expect(result?.status).toBe('ok');
		expect(answer?.sessions.map((session) => session.date)).toEqual(['2027-03-12', '2027-04-09', '2027-05-07']);
		expect(model(false).show(form(), read, today).answer).toBeUndefined();
	});

	test('the link carries the plan asked for, never the agreement', () => {
		const m = model();
		const inputs = form({ picks: [{ selection: 'group', id: 'nsaid' }], agreed: ['nsaid'] });
		const shown = m.show(inputs, m.read({ inputs, today }), today);
		expect(m.fragment(shown, inputs)).toBe('#f=2027-03-12&n=3&w=4&g=nsaid');
	});

	test('a link with values outside the limits fills the boxes with them and asks at once; before the rules arrive it waits', () => {
		expect(model(false).fromLink('#f=2027-03-01&n=99&w=4', model().empty)).toBeUndefined();
		const opened = model().fromLink('#f=2027-03-01&n=99&w=4&m=ibuprofen,nonsense', { ...model().empty, agreed: ['x'] });
		expect(opened?.ask).toBe(true);
		expect(opened?.inputs).toMatchObject({ date: { day: '1', month: '3', year: '2027' }, sessions: '99', weeks: '4', agreed: [], picks: [{ selection: 'medicine', id: 'ibuprofen' }], query: 'nonsense' });
		expect(opened?.link?.unread).toEqual(['nonsense']);
		expect(model().fromLink('#main-content', model().empty)).toBeUndefined();
	});
});
