import { differenceInCalendarDays } from '../dates/calendar.ts';
import { addDays, eachDay } from '../dates/calendar-steps.ts';
import { compareDates } from '../dates/compare-dates.ts';
import { isIsoDate, type IsoDate, toDateParts } from '../dates/iso-date.ts';
import type { MedicationRules, MedicineGroup } from './types.ts';

/*
 * The medication-hold calculator (docs/clinical-rules.md, "Stopping a medicine before treatment";
 * groups in docs/medicine-groups.md):
 * - "Stop N days before treatment": the N calendar days just before the treatment day, and the
 *   treatment day itself, are free of the medicine. The last dose is on treatment day − (N + 1).
 * - "Restart M days after treatment": the first day it may be taken again is treatment day + M.
 *   With no restart rule, the patient is told to ask (the clinic, or for a blood thinner the prescriber).
 * - Too late: when today is after the last-dose day, no date is given as an instruction; the
 *   page says what to do today, and whether the clinic can be reached today (./clinic-today.ts).
 * - Blood thinners and antiplatelets: never an instruction to stop unless the patient confirms
 *   that the prescriber agreed, and then only on the days the prescriber gave: the clinic's days
 *   never apply to them (their group has none).
 */

/** How to restart after treatment. */
export type RestartRule =
	/** Take it again from `date` (treatment day + `daysAfter`). */
	| { readonly key: 'onDate'; readonly date: IsoDate; readonly daysAfter: number }
	/** The clinic set no restart rule: ask the clinic. */
	| { readonly key: 'askClinic' }
	/** A medicine stopped with the prescriber's agreement and no restart day given: ask the prescriber. */
	| { readonly key: 'askPrescriber' };

/** Whose days a stop follows: the clinic's rule, or the days the patient's prescriber gave. */
export type HoldSource = 'clinic' | 'prescriber';

/** The days a prescriber gave, as the patient enters them. */
export type PrescriberDays = {
	/** Calendar days before the treatment day without the medicine (the treatment day is free too). */
	readonly daysBefore: number;
	/** The medicine may be taken again on the treatment day plus this many days; leave out: ask the prescriber. */
	readonly restartDaysAfter?: number | null | undefined;
};

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
				/** Fine to keep taking (paracetamol, aspirin prescribed for the heart). */
				readonly status: 'keepTaking';
		  }
		| {
				/** Ask the clinic whether to stop it (metamizole, supplements); no dates. */
				readonly status: 'askClinic';
		  }
		| {
				/** A blood thinner or antiplatelet without the prescriber's agreement: talk to them; no dates. */
				readonly status: 'askPrescriber';
		  }
		| {
				/** The prescriber agreed, but the patient has not entered the prescriber's days: no dates but the treatment day. */
				readonly status: 'prescriberDaysNeeded';
		  }
		| {
				/** Today is after the last-dose day: take no more before treatment, call the clinic today; no dates. */
				readonly status: 'tooLate';
				readonly daysBefore: number;
				readonly source: HoldSource;
		  }
		| {
				/** Stop: last dose on `lastDoseDate`, none on any of `freeDates` (the treatment day is the last). */
				readonly status: 'stop';
				readonly daysBefore: number;
				readonly lastDoseDate: IsoDate;
				readonly freeDates: readonly IsoDate[];
				readonly restart: RestartRule;
				readonly source: HoldSource;
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
	/** The days each agreed prescriber gave, by picked id. Used only for agreed prescriber groups. */
	readonly prescriberDays?: Readonly<Record<string, PrescriberDays | undefined>> | undefined;
	readonly rules: MedicationRules;
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
/** The same limits a clinic's own days have (./schema.ts). */
const MAX_DAYS_BEFORE = 30;
const MAX_RESTART_DAYS = 365;

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
		const days = agreed.has(id) ? validPrescriberDays(input.prescriberDays?.[id]) : undefined;
		items.push(planItem(base, group, { treatmentDate, today, prescriberAgreed: agreed.has(id), prescriberDays: days }));
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
	context: { treatmentDate: IsoDate; today: IsoDate; prescriberAgreed: boolean; prescriberDays: PrescriberDays | undefined },
): HoldItem {
	switch (group.kind) {
		case 'keepTaking':
			return { ...base, status: 'keepTaking' };
		case 'askClinic':
			return { ...base, status: 'askClinic' };
		case 'prescriberDecides': {
			// Only the prescriber's own days, never the clinic's: the group has none (docs/medicine-groups.md).
			if (!context.prescriberAgreed) return { ...base, status: 'askPrescriber' };
			const days = context.prescriberDays;
			if (days === undefined) return { ...base, status: 'prescriberDaysNeeded' };
			const restart: RestartRule =
				days.restartDaysAfter == null ? { key: 'askPrescriber' } : onDate(context.treatmentDate, days.restartDaysAfter);
			return stopItem(base, days.daysBefore, restart, 'prescriber', context);
		}
		case 'stopBefore': {
			const restart: RestartRule =
				group.restartDaysAfter === null ? { key: 'askClinic' } : onDate(context.treatmentDate, group.restartDaysAfter);
			return stopItem(base, group.daysBefore, restart, 'clinic', context);
		}
	}
}

function stopItem(
	base: ItemBase,
	daysBefore: number,
	restart: RestartRule,
	source: HoldSource,
	{ treatmentDate, today }: { treatmentDate: IsoDate; today: IsoDate },
): HoldItem {
	const lastDoseDate = addDays(treatmentDate, -(daysBefore + 1));
	if (compareDates(today, lastDoseDate) > 0) return { ...base, status: 'tooLate', daysBefore, source };
	return {
		...base,
		status: 'stop',
		daysBefore,
		lastDoseDate,
		freeDates: eachDay(addDays(lastDoseDate, 1), treatmentDate),
		restart,
		source,
	};
}

function onDate(treatmentDate: IsoDate, daysAfter: number): RestartRule {
	return { key: 'onDate', date: addDays(treatmentDate, daysAfter), daysAfter };
}

/** The prescriber's days when they are whole numbers in range (as the schema allows a clinic), else none. */
function validPrescriberDays(days: PrescriberDays | undefined): PrescriberDays | undefined {
	if (days === undefined || !isWhole(days.daysBefore, 0, MAX_DAYS_BEFORE)) return undefined;
	const restart = days.restartDaysAfter;
	if (restart == null) return { daysBefore: days.daysBefore, restartDaysAfter: null };
	return isWhole(restart, 1, MAX_RESTART_DAYS) ? { daysBefore: days.daysBefore, restartDaysAfter: restart } : undefined;
}

function isWhole(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A real date whose year is far enough from 1 and 9999 that no rule can leave the calendar. */
function isPlannableDate(value: unknown): value is IsoDate {
	if (!isIsoDate(value)) return false;
	const { year } = toDateParts(value);
	return year >= MIN_YEAR && year <= MAX_YEAR;
}
