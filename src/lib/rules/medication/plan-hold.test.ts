import { describe, expect, test } from 'vitest';
import { weekdayOf } from '../dates/calendar.ts';
import { addDays } from '../dates/calendar-steps.ts';
import { isoDate } from '../dates/iso-date.ts';
import { planHold } from './plan-hold.ts';
import { defaultMedicationRules, medicationRulesSchema } from './schema.ts';
import { okPlan, onlyItem, rulesWith } from '../../../../tests/support/hold-plans.ts';

describe('planHold: the brief’s worked example', () => {
	test('N = 3, treatment Friday 12 March 2027: last dose Monday 8 March, none on 9, 10, 11 or 12 March', () => {
		const item = onlyItem({});
		expect(item).toEqual({
			selection: 'medicine',
			id: 'ibuprofen',
			medicineId: 'ibuprofen',
			groupId: 'nsaid',
			status: 'stop',
			daysBefore: 3,
			lastDoseDate: '2027-03-08',
			freeDates: ['2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12'],
			restart: { key: 'askClinic' },
			source: 'clinic',
		});
		if (item.status !== 'stop') return;
		// Weekdays: Monday, then Tuesday to Friday.
		expect([item.lastDoseDate, ...item.freeDates].map((date) => weekdayOf(date))).toEqual([1, 2, 3, 4, 5]);
	});

	test('the plan says how far away the treatment is', () => {
		const plan = okPlan(planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', rules: defaultMedicationRules }));
		expect(plan).toMatchObject({ treatmentDate: '2027-03-12', today: '2027-03-01', timing: 'upcoming', daysUntilTreatment: 11 });
	});
});

describe('planHold: last dose and medicine-free days', () => {
	test.each([
		// N = 0: only the treatment day is free.
		[0, '2027-03-12', '2027-03-11', ['2027-03-12']],
		[1, '2027-03-12', '2027-03-10', ['2027-03-11', '2027-03-12']],
		[7, '2027-03-12', '2027-03-04', ['2027-03-05', '2027-03-06', '2027-03-07', '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12']],
		// Leap year: treatment 1 March 2028 with N = 3 counts 29 February as one of the 3 days
		// (section C: N + 1 = 4 free days), so the last dose is 26 February, not 25.
		[3, '2028-03-01', '2028-02-26', ['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']],
		// The same in a common year: no 29 February, so the last dose is a day earlier in the month.
		[3, '2027-03-01', '2027-02-25', ['2027-02-26', '2027-02-27', '2027-02-28', '2027-03-01']],
		// A leap-year hold long enough to span all of the end of February.
		[4, '2028-03-01', '2028-02-25', ['2028-02-26', '2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']],
		// Month end.
		[3, '2027-05-01', '2027-04-27', ['2027-04-28', '2027-04-29', '2027-04-30', '2027-05-01']],
		// Year end: the last dose is in the year before.
		[3, '2028-01-02', '2027-12-29', ['2027-12-30', '2027-12-31', '2028-01-01', '2028-01-02']],
		// Daylight-saving changes in Sao Paulo (2018) and Lord Howe (2027) change nothing.
		[3, '2018-11-06', '2018-11-02', ['2018-11-03', '2018-11-04', '2018-11-05', '2018-11-06']],
		[3, '2027-10-05', '2027-10-01', ['2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05']],
	])('N = %i, treatment %s: last dose %s', (daysBefore, treatmentDate, lastDoseDate, freeDates) => {
		const item = onlyItem({ treatmentDate, today: addDays(isoDate(treatmentDate), -40), rules: rulesWith({ daysBefore }) });
		expect(item).toMatchObject({ status: 'stop', daysBefore, lastDoseDate, freeDates });
	});

	test('holdDaysBefore applies to the groups that set no period of their own', () => {
		const rules = medicationRulesSchema.parse({ holdDaysBefore: 5 });
		expect(onlyItem({ rules })).toMatchObject({ daysBefore: 5, lastDoseDate: '2027-03-06' });
	});
});

describe('planHold: too late', () => {
	test.each([
		// The last-dose day itself is still fine: take the last dose today.
		['2027-03-07', 'stop'],
		['2027-03-08', 'stop'],
		// The day after the last-dose day is too late.
		['2027-03-09', 'tooLate'],
		['2027-03-11', 'tooLate'],
		// On the treatment day itself, every stop is too late.
		['2027-03-12', 'tooLate'],
	])('today %s → %s', (today, status) => {
		expect(onlyItem({ today }).status).toBe(status);
	});

	test('too late gives no dates at all, only the key', () => {
		expect(onlyItem({ today: '2027-03-09' })).toEqual({
			selection: 'medicine',
			id: 'ibuprofen',
			medicineId: 'ibuprofen',
			groupId: 'nsaid',
			status: 'tooLate',
			daysBefore: 3,
			source: 'clinic',
		});
	});

	test('N = 0: today the day before treatment is the last-dose day; on the treatment day it is too late', () => {
		const rules = rulesWith({ daysBefore: 0 });
		expect(onlyItem({ rules, today: '2027-03-11' })).toMatchObject({ status: 'stop', lastDoseDate: '2027-03-11' });
		expect(onlyItem({ rules, today: '2027-03-12' })).toMatchObject({ status: 'tooLate' });
	});

	test('a treatment today is a plan with its own timing key', () => {
		const plan = okPlan(planHold({ treatmentDate: '2027-03-12', today: '2027-03-12', medicineIds: ['ibuprofen', 'paracetamol'], rules: defaultMedicationRules }));
		expect(plan.timing).toBe('treatmentToday');
		expect(plan.daysUntilTreatment).toBe(0);
		expect(plan.items.map((item) => item.status)).toEqual(['tooLate', 'keepTaking']);
	});
});

describe('planHold: restart', () => {
	test.each([
		// M = 1: the day after treatment.
		[1, '2027-03-12', '2027-03-13'],
		[14, '2027-03-12', '2027-03-26'],
		// Across a month end, a leap day and a year end.
		[7, '2027-03-28', '2027-04-04'],
		[2, '2028-02-28', '2028-03-01'],
		[1, '2028-02-28', '2028-02-29'],
		[14, '2027-12-25', '2028-01-08'],
	])('restart %i days after %s → %s', (restartDaysAfter, treatmentDate, date) => {
		const item = onlyItem({ treatmentDate, today: '2027-01-01', rules: rulesWith({ restartDaysAfter }) });
		expect(item).toMatchObject({ status: 'stop', restart: { key: 'onDate', date, daysAfter: restartDaysAfter } });
	});

	test('no restart rule: ask the clinic', () => {
		expect(onlyItem({})).toMatchObject({ restart: { key: 'askClinic' } });
	});

	test('a blood thinner stopped with agreement and no restart day from the prescriber: ask the prescriber', () => {
		expect(onlyItem({ medicineIds: ['apixaban'], prescriberAgreed: ['apixaban'], prescriberDays: { apixaban: { daysBefore: 2 } } })).toMatchObject({
			status: 'stop',
			restart: { key: 'askPrescriber' },
		});
	});

	test('the prescriber’s restart day, never the clinic’s', () => {
		const rules = rulesWith({ restartDaysAfter: 14 });
		expect(
			onlyItem({ rules, medicineIds: ['apixaban'], prescriberAgreed: ['apixaban'], prescriberDays: { apixaban: { daysBefore: 2, restartDaysAfter: 1 } } }),
		).toMatchObject({ status: 'stop', restart: { key: 'onDate', date: '2027-03-13', daysAfter: 1 }, source: 'prescriber' });
	});
});

