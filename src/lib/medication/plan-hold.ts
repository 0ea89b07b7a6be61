import { addDays } from '../dates/add-days.ts';
import { compareDates } from '../dates/compare-dates.ts';
import { differenceInCalendarDays } from '../dates/difference-in-calendar-days.ts';
import { eachDay } from '../dates/each-day.ts';
import { isIsoDate, toDateParts, type IsoDate } from '../dates/iso-date.ts';
import type { MedicationRules, MedicineGroup, StopBeforeGroup } from './types.ts';

/*
 * The medication-hold calculator (content brief, section C):
 * - "Stop N days before treatment": the N calendar days just before the treatment day, and the
 *   treatment day itself, are free of the medicine. The last dose is on treatment day − (N + 1).
 * - "Restart M days after treatment": the first day it may be taken again is treatment day + M.
 *   With no restart rule, the patient is told to ask (the clinic, or for a blood thinner the prescriber).
 * - Too late: when today is after the last-dose day, no date is given as an instruction.
 * - Blood thinners and antiplatelets: never an instruction to stop unless the patient confirms
 *   that the prescriber agreed.
 */

/** How to restart after treatment. */
export type RestartRule =
	/** Take it again from `date` (treatment day + `daysAfter`). */
	| { readonly key: 'onDate'; readonly date: IsoDate; readonly daysAfter: number }
	/** The clinic set no restart rule: ask the clinic. */
	| { readonly key: 'askClinic' }
	/** A medicine stopped with the prescriber's agreement and no restart rule: ask the prescriber. */
	| { readonly key: 'askPrescriber' };

type ItemBase = {
	/** Whether the patient picked a medicine or a whole group. */
	readonly selection: 'medicine' | 'group';
	/** The id the patient picked (a medicine id or a group id). */
	readonly id: string;
	readonly medicineId: string | null;
	readonly groupId: string;
};

/** The answer for one medicine (or group). `status` is the message key. */
export type HoldItem = ItemBase &
	(
		| {
				/** Fine to keep taking (paracetamol, low-dose aspirin for the heart). */
				readonly status: 'keepTaking';
		  }
		| {
				/** A blood thinner or antiplatelet without the prescriber's agreement: talk to them; no dates. */
				readonly status: 'askPrescriber';
				readonly daysBefore: number;
		  }
		| {
				/** Today is after the last-dose day: call the clinic before the appointment; no dates. */
				readonly status: 'tooLate';
				readonly daysBefore: number;
				readonly prescriberAgreed: boolean;
		  }
		| {
				/** Stop: last dose on `lastDoseDate`, none on any of `freeDates` (the treatment day is the last). */
				readonly status: 'stop';
				readonly daysBefore: number;
				readonly lastDoseDate: IsoDate;
				readonly freeDates: readonly IsoDate[];
				readonly restart: RestartRule;
				readonly prescriberAgreed: boolean;
		  }
	);

export type HoldItemStatus = HoldItem['status'];

/**
 * Why no plan could be made. `treatmentInPast`: the treatment date is before today.
 * `invalidTreatmentDate`, `invalidToday`: not a real date between 1900 and 2200.
 */
export type HoldPlanError = 'invalidTreatmentDate' | 'invalidToday' | 'treatmentInPast';

export type HoldPlan =
	| { readonly ok: false; readonly error: HoldPlanError }
	| {
			readonly ok: true;
			readonly treatmentDate: IsoDate;
			readonly today: IsoDate;
			/** `treatmentToday`: every medicine to stop is already too late. */
			readonly timing: 'upcoming' | 'treatmentToday';
			readonly daysUntilTreatment: number;
			/** One per picked medicine or group, in the order picked (medicines first), without repeats. */
			readonly items: readonly HoldItem[];
			/** Picked ids the rules do not know (for example from an old shared link); left out of `items`. */
			readonly unknownIds: readonly string[];
	  };

export type PlanHoldInput = {
	readonly treatmentDate: IsoDate | string;
	readonly today: IsoDate | string;
	/** Ids of the medicines the patient takes. */
	readonly medicineIds?: readonly string[] | undefined;
	/** Ids of whole groups, for a patient who picks "a blood thinner" rather than a name. */
	readonly groupIds?: readonly string[] | undefined;
	/** Picked ids (medicine or group) whose prescriber agreed to a stop. */
	readonly prescriberAgreed?: ReadonlySet<string> | readonly string[] | undefined;
	readonly rules: MedicationRules;
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * Works out, for each medicine the patient takes, whether and when to stop it before treatment.
 * Pure: "today" is an argument. Never throws; inputs are not changed.
 *
 * @example
 * planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', medicineIds: ['ibuprofen'], rules: defaultMedicationRules }).items[0].lastDoseDate
 * //=> '2027-03-08'
 */
export function planHold(input: PlanHoldInput): HoldPlan {
	const { rules } = input;
	if (!isPlannableDate(input.treatmentDate)) return { ok: false, error: 'invalidTreatmentDate' };
	if (!isPlannableDate(input.today)) return { ok: false, error: 'invalidToday' };
	const treatmentDate = input.treatmentDate;
	const today = input.today;
	const daysUntilTreatment = differenceInCalendarDays(treatmentDate, today);
	if (daysUntilTreatment < 0) return { ok: false, error: 'treatmentInPast' };

	const agreed = new Set(input.prescriberAgreed ?? []);
	const groups = new Map(rules.groups.map((group) => [group.id, group]));
	const medicines = new Map(rules.medicines.map((medicine) => [medicine.id, medicine]));

	const items: HoldItem[] = [];
	const unknownIds: string[] = [];
	const seen = new Set<string>();
	const picks = [
		...(input.medicineIds ?? []).map((id) => ({ selection: 'medicine' as const, id })),
		...(input.groupIds ?? []).map((id) => ({ selection: 'group' as const, id })),
	];
	for (const { selection, id } of picks) {
		const key = `${selection}:${id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const medicine = selection === 'medicine' ? medicines.get(id) : undefined;
		const group = groups.get(selection === 'medicine' ? (medicine?.group ?? '') : id);
		if (group === undefined || (selection === 'medicine' && medicine === undefined)) {
			unknownIds.push(id);
			continue;
		}
		const base: ItemBase = { selection, id, medicineId: medicine?.id ?? null, groupId: group.id };
		items.push(planItem(base, group, { treatmentDate, today, prescriberAgreed: agreed.has(id) }));
	}

	return {
		ok: true,
		treatmentDate,
		today,
		timing: daysUntilTreatment === 0 ? 'treatmentToday' : 'upcoming',
		daysUntilTreatment,
		items,
		unknownIds,
	};
}

function planItem(
	base: ItemBase,
	group: MedicineGroup,
	context: { treatmentDate: IsoDate; today: IsoDate; prescriberAgreed: boolean },
): HoldItem {
	if (group.kind === 'keepTaking') return { ...base, status: 'keepTaking' };
	const { daysBefore } = group;
	const { treatmentDate, today } = context;
	const prescriberAgreed = group.needsPrescriberAgreement && context.prescriberAgreed;
	if (group.needsPrescriberAgreement && !prescriberAgreed) {
		return { ...base, status: 'askPrescriber', daysBefore };
	}
	const lastDoseDate = addDays(treatmentDate, -(daysBefore + 1));
	if (compareDates(today, lastDoseDate) > 0) {
		return { ...base, status: 'tooLate', daysBefore, prescriberAgreed };
	}
	return {
		...base,
		status: 'stop',
		daysBefore,
		lastDoseDate,
		freeDates: eachDay(addDays(lastDoseDate, 1), treatmentDate),
		restart: restartRule(group, treatmentDate),
		prescriberAgreed,
	};
}

function restartRule(group: StopBeforeGroup, treatmentDate: IsoDate): RestartRule {
	if (group.restartDaysAfter !== null) {
		return { key: 'onDate', date: addDays(treatmentDate, group.restartDaysAfter), daysAfter: group.restartDaysAfter };
	}
	return group.needsPrescriberAgreement ? { key: 'askPrescriber' } : { key: 'askClinic' };
}

/** A real date whose year is far enough from 1 and 9999 that no rule can leave the calendar. */
function isPlannableDate(value: unknown): value is IsoDate {
	if (!isIsoDate(value)) return false;
	const { year } = toDateParts(value);
	return year >= MIN_YEAR && year <= MAX_YEAR;
}
