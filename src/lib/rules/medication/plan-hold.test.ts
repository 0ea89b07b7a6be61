import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { differenceInCalendarDays, fromDayNumber, toDayNumber, weekdayOf } from '../dates/calendar.ts';
import { addDays } from '../dates/calendar-steps.ts';
import { isIsoDate, isoDate } from '../dates/iso-date.ts';
import { DEFAULT_GROUPS, DEFAULT_MEDICINES } from './schema.ts';
import { planHold, type HoldItem, type HoldPlan, type PlanHoldInput } from './plan-hold.ts';
import { defaultMedicationRules, medicationRulesSchema } from './schema.ts';
import type { MedicationRules } from './types.ts';

/** The default rules with the anti-inflammatory group changed. */
function rulesWith(nsaid: { daysBefore?: number; restartDaysAfter?: number }, holdDaysBefore = 3): MedicationRules {
	return medicationRulesSchema.parse({
		holdDaysBefore,
		groups: DEFAULT_GROUPS.map((group) => (group.id === 'nsaid' ? { ...group, ...nsaid } : group)),
	});
}

function okPlan(plan: HoldPlan) {
	if (!plan.ok) throw new Error(`Expected a plan, got ${plan.error}`);
	return plan;
}

function onlyItem(input: Partial<PlanHoldInput>): HoldItem {
	const plan = okPlan(
		planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', medicineIds: ['ibuprofen'], rules: defaultMedicationRules, ...input }),
	);
	expect(plan.items).toHaveLength(1);
	const [item] = plan.items;
	if (!item) throw new Error('No item');
	return item;
}

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

describe('planHold: every status', () => {
	test.each([
		// Paracetamol and low-dose aspirin for the heart: keep taking.
		['paracetamol', { status: 'keepTaking', groupId: 'paracetamol' }],
		// Aspirin is sorted by purpose: prescribed for the heart, a stroke or a stent, any dose: keep taking.
		['aspirin-heart', { status: 'keepTaking', groupId: 'heart-aspirin' }],
		// Anti-inflammatory painkillers, including aspirin bought for pain: stop.
		['naproxen', { status: 'stop', groupId: 'nsaid', lastDoseDate: '2027-03-08' }],
		['aspirin-for-pain', { status: 'stop', groupId: 'nsaid' }],
		['etoricoxib', { status: 'stop', groupId: 'nsaid' }],
		// Metamizole and supplements that affect bleeding: ask the clinic, no dates.
		['metamizole', { status: 'askClinic', groupId: 'metamizole' }],
		['fish-oil', { status: 'askClinic', groupId: 'bleeding-supplements' }],
		// Blood thinners and antiplatelets without agreement: ask the prescriber, no dates.
		['rivaroxaban', { status: 'askPrescriber', groupId: 'anticoagulant' }],
		['warfarin', { status: 'askPrescriber', groupId: 'anticoagulant' }],
		['clopidogrel', { status: 'askPrescriber', groupId: 'antiplatelet' }],
	])('%s → %o', (medicineId, expected) => {
		expect(onlyItem({ medicineIds: [medicineId] })).toMatchObject(expected);
	});

	test('askPrescriber carries no dates', () => {
		expect(onlyItem({ medicineIds: ['rivaroxaban'] })).toEqual({
			selection: 'medicine',
			id: 'rivaroxaban',
			medicineId: 'rivaroxaban',
			groupId: 'anticoagulant',
			status: 'askPrescriber',
		});
	});

	test('agreed without the prescriber’s days: no dates at all, never the clinic’s 3 days', () => {
		for (const holdDaysBefore of [0, 3, 9]) {
			const rules = rulesWith({}, holdDaysBefore);
			expect(onlyItem({ rules, medicineIds: ['rivaroxaban'], prescriberAgreed: new Set(['rivaroxaban']) })).toEqual({
				selection: 'medicine',
				id: 'rivaroxaban',
				medicineId: 'rivaroxaban',
				groupId: 'anticoagulant',
				status: 'prescriberDaysNeeded',
			});
		}
	});

	test('the prescriber said 5 days before a Friday 12 March 2027 treatment: last dose Saturday 6 March', () => {
		const item = onlyItem({ medicineIds: ['rivaroxaban'], prescriberAgreed: ['rivaroxaban'], prescriberDays: { rivaroxaban: { daysBefore: 5 } } });
		expect(item).toMatchObject({
			status: 'stop',
			daysBefore: 5,
			lastDoseDate: '2027-03-06',
			freeDates: ['2027-03-07', '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12'],
			source: 'prescriber',
		});
		if (item.status === 'stop') expect(weekdayOf(item.lastDoseDate)).toBe(6);
	});

	test.each([0, 1, 5, 7, 30])('prescriber days %i, whatever the clinic’s holdDaysBefore: last dose on treatment − (N + 1)', (daysBefore) => {
		for (const holdDaysBefore of [0, 3, 10]) {
			const item = onlyItem({
				rules: rulesWith({}, holdDaysBefore),
				today: '2027-01-01',
				medicineIds: ['clopidogrel'],
				prescriberAgreed: ['clopidogrel'],
				prescriberDays: { clopidogrel: { daysBefore } },
			});
			expect(item).toMatchObject({ status: 'stop', daysBefore, lastDoseDate: addDays(isoDate('2027-03-12'), -(daysBefore + 1)) });
		}
	});

	test('prescriber days without the agreement are not used', () => {
		expect(onlyItem({ medicineIds: ['rivaroxaban'], prescriberDays: { rivaroxaban: { daysBefore: 5 } } }).status).toBe('askPrescriber');
	});

	test.each([[{ daysBefore: -1 }], [{ daysBefore: 2.5 }], [{ daysBefore: 31 }], [{ daysBefore: 5, restartDaysAfter: 0 }], [{ daysBefore: Number.NaN }]])(
		'prescriber days that no prescriber gives (%j) count as not entered',
		(days) => {
			expect(onlyItem({ medicineIds: ['rivaroxaban'], prescriberAgreed: ['rivaroxaban'], prescriberDays: { rivaroxaban: days } }).status).toBe('prescriberDaysNeeded');
		},
	);

	test('agreed but too late: too late, from the prescriber’s days', () => {
		expect(
			onlyItem({ medicineIds: ['clopidogrel'], prescriberAgreed: ['clopidogrel'], prescriberDays: { clopidogrel: { daysBefore: 7 } }, today: '2027-03-05' }),
		).toMatchObject({ status: 'tooLate', daysBefore: 7, source: 'prescriber' });
	});

	test('agreement for another medicine does not count', () => {
		expect(onlyItem({ medicineIds: ['rivaroxaban'], prescriberAgreed: ['apixaban'] }).status).toBe('askPrescriber');
	});

	test('agreement means nothing for a group that does not need it', () => {
		expect(onlyItem({ prescriberAgreed: ['ibuprofen'], prescriberDays: { ibuprofen: { daysBefore: 9 } } })).toMatchObject({ status: 'stop', daysBefore: 3, source: 'clinic' });
		expect(onlyItem({ medicineIds: ['paracetamol'], prescriberAgreed: ['paracetamol'] })).toMatchObject({ status: 'keepTaking' });
	});

	test('a whole group can be picked instead of a medicine', () => {
		const plan = okPlan(
			planHold({
				treatmentDate: '2027-03-12',
				today: '2027-03-01',
				groupIds: ['anticoagulant', 'antiplatelet', 'nsaid'],
				prescriberAgreed: ['antiplatelet'],
				prescriberDays: { antiplatelet: { daysBefore: 7 } },
				rules: defaultMedicationRules,
			}),
		);
		expect(plan.items.map(({ selection, id, medicineId, status }) => [selection, id, medicineId, status])).toEqual([
			['group', 'anticoagulant', null, 'askPrescriber'],
			['group', 'antiplatelet', null, 'stop'],
			['group', 'nsaid', null, 'stop'],
		]);
	});
});

describe('planHold: inputs', () => {
	test.each([
		[{ treatmentDate: '2027-02-30' }, 'invalidTreatmentDate'],
		[{ treatmentDate: '' }, 'invalidTreatmentDate'],
		[{ treatmentDate: '12/03/2027' }, 'invalidTreatmentDate'],
		[{ treatmentDate: '1899-12-31' }, 'invalidTreatmentDate'],
		[{ treatmentDate: '9999-12-31' }, 'invalidTreatmentDate'],
		[{ today: 'yesterday' }, 'invalidToday'],
		[{ today: '2201-01-01' }, 'invalidToday'],
		// A treatment date in the past.
		[{ treatmentDate: '2027-02-28' }, 'treatmentInPast'],
	])('%j → %s', (input, error) => {
		expect(planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', rules: defaultMedicationRules, ...input })).toEqual({
			ok: false,
			error,
		});
	});

	test('unknown ids are listed apart; repeats are dropped; order is kept', () => {
		const plan = okPlan(
			planHold({
				treatmentDate: '2027-03-12',
				today: '2027-03-01',
				medicineIds: ['paracetamol', 'no-such-medicine', 'ibuprofen', 'paracetamol', 'nsaid'],
				groupIds: ['no-such-group', 'ibuprofen', 'nsaid', 'nsaid'],
				rules: defaultMedicationRules,
			}),
		);
		expect(plan.items.map((item) => `${item.selection}:${item.id}`)).toEqual(['medicine:paracetamol', 'medicine:ibuprofen', 'group:nsaid']);
		expect(plan.unknownIds).toEqual(['no-such-medicine', 'nsaid', 'no-such-group', 'ibuprofen']);
	});

	test('nothing picked: an empty plan', () => {
		expect(okPlan(planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', rules: defaultMedicationRules })).items).toEqual([]);
	});

	test('does not change its inputs, and gives plain JSON data', () => {
		const rules = structuredClone(defaultMedicationRules);
		const input = {
			treatmentDate: '2027-03-12',
			today: '2027-03-01',
			medicineIds: Object.freeze(['ibuprofen', 'rivaroxaban']),
			prescriberAgreed: Object.freeze(['rivaroxaban']),
			rules,
		};
		const before = JSON.stringify(input);
		const plan = planHold(input);
		expect(JSON.stringify(input)).toBe(before);
		expect(rules).toEqual(defaultMedicationRules);
		expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
	});
});

describe('planHold: properties', () => {
	// Any treatment date from 1900 to 2200 and a today up to 400 days before it or 5 after.
	const dates = fc
		.tuple(fc.integer({ min: toDayNumber(isoDate('1901-03-01')), max: toDayNumber(isoDate('2199-12-31')) }), fc.integer({ min: -5, max: 400 }))
		.map(([treatmentDay, lead]) => ({ treatmentDate: fromDayNumber(treatmentDay), today: fromDayNumber(treatmentDay - lead) }));

	// Any valid rules: stop periods 0 to 30, restart rules or none, agreement needed or not.
	const groupArb = fc.record({
		daysBefore: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
		restartDaysAfter: fc.option(fc.integer({ min: 1, max: 365 }), { nil: undefined }),
		needsPrescriberAgreement: fc.boolean(),
	});
	const rulesArb = fc
		.tuple(fc.integer({ min: 0, max: 30 }), fc.array(groupArb, { minLength: 1, maxLength: 4 }))
		.map(([holdDaysBefore, custom]) =>
			medicationRulesSchema.parse({
				holdDaysBefore,
				groups: [
					...DEFAULT_GROUPS,
					...custom.map((group, index) => ({
						id: `custom-${index}`,
						kind: 'stopBefore' as const,
						name: { en: `Custom ${index}` },
						note: { en: 'Note' },
						...(group.daysBefore === undefined || group.needsPrescriberAgreement ? {} : { daysBefore: group.daysBefore }),
						...(group.restartDaysAfter === undefined || group.needsPrescriberAgreement ? {} : { restartDaysAfter: group.restartDaysAfter }),
						needsPrescriberAgreement: group.needsPrescriberAgreement,
					})),
				],
				medicines: [...DEFAULT_MEDICINES, ...custom.map((_, index) => ({ id: `custom-medicine-${index}`, group: `custom-${index}`, generic: { en: `m${index}` } }))],
			}),
		);

	const ids = [...DEFAULT_MEDICINES.map((medicine) => medicine.id), ...[0, 1, 2, 3].map((index) => `custom-medicine-${index}`), 'unknown'];
	const groupIds = [...DEFAULT_GROUPS.map((group) => group.id), ...[0, 1, 2, 3].map((index) => `custom-${index}`)];
	const selection = fc.record({
		medicineIds: fc.subarray(ids),
		groupIds: fc.subarray(groupIds),
		prescriberAgreed: fc.subarray([...ids, ...groupIds]),
		prescriberDays: fc.dictionary(
			fc.constantFrom(...ids, ...groupIds),
			fc.record({ daysBefore: fc.integer({ min: 0, max: 30 }), restartDaysAfter: fc.option(fc.integer({ min: 1, max: 365 }), { nil: null }) }),
		),
	});

	test('for any valid dates and rules: never throws, only real dates, and the calendar invariants hold', () => {
		fc.assert(
			fc.property(dates, rulesArb, selection, ({ treatmentDate, today }, rules, picked) => {
				const plan = planHold({ treatmentDate, today, rules, ...picked });
				if (today > treatmentDate) {
					expect(plan).toEqual({ ok: false, error: 'treatmentInPast' });
					return;
				}
				const { items } = okPlan(plan);
				for (const item of items) {
					const group = rules.groups.find((candidate) => candidate.id === item.groupId);
					if (!group) throw new Error('item without a group');
					if (group.kind === 'keepTaking' || group.kind === 'askClinic') {
						expect(item.status).toBe(group.kind);
						continue;
					}
					const agreed = picked.prescriberAgreed.includes(item.id);
					const given = picked.prescriberDays[item.id];
					if (group.kind === 'prescriberDecides') {
						// Never the clinic's days: only the prescriber's, and only once agreed.
						if (!agreed) {
							expect(item.status).toBe('askPrescriber');
							continue;
						}
						if (given === undefined) {
							expect(item.status).toBe('prescriberDaysNeeded');
							continue;
						}
					}
					const daysBefore = group.kind === 'prescriberDecides' ? (given?.daysBefore ?? -1) : group.daysBefore;
					const restartDaysAfter = group.kind === 'prescriberDecides' ? (given?.restartDaysAfter ?? null) : group.restartDaysAfter;
					expect(item).toMatchObject({ daysBefore, source: group.kind === 'prescriberDecides' ? 'prescriber' : 'clinic' });
					const lastDose = addDays(treatmentDate, -(daysBefore + 1));
					if (today > lastDose) {
						expect(item.status).toBe('tooLate');
						continue;
					}
					if (item.status !== 'stop') throw new Error(`expected stop, got ${item.status}`);
					const all = [item.lastDoseDate, ...item.freeDates, ...(item.restart.key === 'onDate' ? [item.restart.date] : [])];
					for (const date of all) expect(isIsoDate(date)).toBe(true);
					// Never a date in the past as an instruction.
					for (const date of all) expect(date >= today).toBe(true);
					// The last dose is the day before the first free day.
					expect(addDays(item.lastDoseDate, 1)).toBe(item.freeDates[0]);
					// N + 1 free days, one after another, the treatment day last.
					expect(item.freeDates).toHaveLength(daysBefore + 1);
					expect(item.freeDates.at(-1)).toBe(treatmentDate);
					item.freeDates.slice(1).forEach((date, index) => {
						expect(differenceInCalendarDays(date, item.freeDates[index] ?? date)).toBe(1);
					});
					// The restart is after the treatment day.
					if (item.restart.key === 'onDate') {
						expect(item.restart.date > treatmentDate).toBe(true);
						expect(differenceInCalendarDays(item.restart.date, treatmentDate)).toBe(restartDaysAfter);
					} else {
						expect(restartDaysAfter).toBeNull();
					}
				}
			}),
		);
	});

	test('never throws for any strings at all', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.array(fc.string()), fc.array(fc.string()), (treatmentDate, today, medicineIds, agreed) => {
				const plan = planHold({ treatmentDate, today, medicineIds, groupIds: medicineIds, prescriberAgreed: agreed, rules: defaultMedicationRules });
				expect(typeof plan.ok).toBe('boolean');
			}),
		);
	});
});
