import { describe, expect, test } from 'vitest';
import { weekdayOf } from '../dates/calendar.ts';
import { addDays } from '../dates/calendar-steps.ts';
import { isoDate } from '../dates/iso-date.ts';
import { planHold } from './plan-hold.ts';
import { defaultMedicationRules } from './schema.ts';
import { okPlan, onlyItem, rulesWith } from '../../../../tests/support/hold-plans.ts';

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

