import { daysBeforeFromLastDose } from '../../lib/rules/medication/last-dose.ts';
import type { PrescriberDays } from '../../lib/rules/medication/plan-hold.ts';
import { parseDateParts } from '../../lib/rules/dates/parse-date-input.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import { readWholeNumber } from '../calculators/read-number.ts';
import type { Translate } from '../calculators/translator.ts';
import type { PrescriberDaysInput, PrescriberFieldError } from './PrescriberDaysFields.tsx';
import type { MedicationKey } from './strings.ts';
import { DAYS_BEFORE, RESTART_DAYS_AFTER } from '../../lib/rules/limits.ts';

/**
 * The prescriber's days as the rules take them, and the field at fault with its message, read
 * from what the patient typed (the edge: the rules take numbers). A last-dose date becomes days
 * before the treatment date (lib/medication/last-dose.ts); it waits for all three boxes, and for
 * a treatment date to count from.
 */
export function readPrescriberDays(
	inputs: Readonly<Record<string, PrescriberDaysInput>>,
	agreed: readonly string[],
	treatmentDate: IsoDate | undefined,
	t: Translate<MedicationKey>,
	fieldName: string,
) {
	const days: Record<string, PrescriberDays> = {};
	const errors: Record<string, PrescriberFieldError> = {};
	/** A count typed into a box, read as every count box reads it, within the rules' caps (../../lib/rules/limits.ts). */
	const within = (text: string, limits: { readonly min: number; readonly max: number }) => {
		const read = readWholeNumber(text);
		return read.ok && read.value >= limits.min && read.value <= limits.max ? read.value : undefined;
	};
	for (const id of agreed) {
		const input = inputs[id];
		if (input === undefined) continue;
		let before: number | undefined;
		if (input.mode === 'date') {
			if (Object.values(input.date).some((part) => part.trim() === '')) continue;
			const parsed = parseDateParts(input.date);
			if (!parsed.ok) {
				errors[id] = { field: 'date', message: t(`calc.dateError.${parsed.error}`, { field: fieldName }), dateFields: parsed.fields };
				continue;
			}
			if (treatmentDate === undefined) continue;
			before = daysBeforeFromLastDose(treatmentDate, parsed.date);
			if (before < 0 || before > DAYS_BEFORE.max) {
				errors[id] = { field: 'date', message: t(before < 0 ? 'medication.prescriber.lastDoseNotBefore' : 'medication.prescriber.lastDoseTooEarly') };
				continue;
			}
		} else {
			if (input.before.trim() === '') continue;
			before = within(input.before, DAYS_BEFORE);
			if (before === undefined) {
				errors[id] = { field: 'before', message: t('medication.prescriber.error') };
				continue;
			}
		}
		const after = input.after.trim() === '' ? null : within(input.after, RESTART_DAYS_AFTER);
		if (after === undefined) errors[id] = { field: 'after', message: t('medication.prescriber.error') };
		else days[id] = { daysBefore: before, restartDaysAfter: after };
	}
	return { days, errors };
}
