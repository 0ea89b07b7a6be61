import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { differenceInCalendarDays, fromDayNumber, toDayNumber } from '../dates/calendar.ts';
import { addDays } from '../dates/calendar-steps.ts';
import { isIsoDate, isoDate } from '../dates/iso-date.ts';
import { planHold } from './plan-hold.ts';
import { DEFAULT_GROUPS, DEFAULT_MEDICINES, defaultMedicationRules, medicationRulesSchema } from './schema.ts';
import { okPlan } from '../../../../tests/support/hold-plans.ts';

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
