import type { UiStrings } from '../../i18n/strings/en.ts';
import type { DateField } from '../../lib/rules/dates/parse-date-input.ts';
import { DateInput, type DateBoxes } from '../calculators/DateInput.tsx';
import { TextInput } from '../calculators/TextInput.tsx';

/**
 * What a patient typed for the plan their prescriber gave, as typed (checked by the page): the
 * date of the last dose, or the days to stop before treatment; and the restart days.
 */
export type PrescriberDaysInput = {
	readonly mode: 'date' | 'days';
	readonly date: DateBoxes;
	readonly before: string;
	readonly after: string;
};
export type PrescriberKey = Extract<keyof UiStrings, `medication.prescriber.${string}` | `calc.date.${string}` | 'calc.error'>;
/** The field at fault and what to say there. */
export type PrescriberFieldError = { readonly field: 'date' | 'before' | 'after'; readonly message: string; readonly dateFields?: readonly DateField[] | undefined };

export const EMPTY_PRESCRIBER_INPUT: PrescriberDaysInput = { mode: 'date', date: { day: '', month: '', year: '' }, before: '', after: '' };

interface Props {
	/** The picked id (a medicine or a group) the days are for. */
	id: string;
	values: Readonly<Record<string, PrescriberDaysInput>>;
	onChange: (id: string, value: PrescriberDaysInput) => void;
	/** The field at fault, by picked id. */
	errors: Readonly<Record<string, PrescriberFieldError>>;
	strings: Pick<UiStrings, PrescriberKey>;
}

/**
 * What the prescriber said, in its own fieldset: two radios (the date of the last dose, as the
 * doctor wrote it, or the days before treatment), the field for the one chosen (GOV.UK
 * conditional reveal), and the optional restart days.
 */
export function PrescriberDaysFields({ id, values, onChange, errors, strings }: Props) {
	const t = (key: PrescriberKey) => strings[key];
	const value = values[id] ?? EMPTY_PRESCRIBER_INPUT;
	const error = errors[id];
	const numberField = (key: 'before' | 'after', label: string, hint: string) => (
		<TextInput
			key={key}
			id={`prescriber-${key}-${id}`}
			label={label}
			bold={false}
			hint={hint}
			width="input--2"
			numeric
			value={value[key]}
			onInput={(text) => onChange(id, { ...value, [key]: text })}
			error={error?.field === key ? { message: error.message, prefix: t('calc.error') } : undefined}
		/>
	);
	return (
		<fieldset class="fieldset prescriber-days">
			<legend class="label">{t('medication.prescriber.legend')}</legend>
			{(['date', 'days'] as const).map((mode) => (
				<div class="checkbox" key={mode}>
					<input
						type="radio"
						id={`prescriber-mode-${mode}-${id}`}
						name={`prescriber-mode-${id}`}
						checked={value.mode === mode}
						onChange={() => onChange(id, { ...value, mode })}
					/>
					<label for={`prescriber-mode-${mode}-${id}`}>{t(mode === 'date' ? 'medication.prescriber.byDate' : 'medication.prescriber.byDays')}</label>
				</div>
			))}
			{value.mode === 'date' ? (
				<DateInput
					id={`prescriber-date-${id}`}
					legend={t('medication.prescriber.lastDose')}
					hint={t('medication.prescriber.lastDoseHint')}
					labels={{ day: t('calc.date.day'), month: t('calc.date.month'), year: t('calc.date.year') }}
					value={value.date}
					onInput={(date) => onChange(id, { ...value, date })}
					error={error?.field === 'date' ? { message: error.message, boxes: error.dateFields } : undefined}
					errorPrefix={t('calc.error')}
				/>
			) : (
				numberField('before', t('medication.prescriber.daysBefore'), t('medication.prescriber.daysBeforeHint'))
			)}
			{numberField('after', t('medication.prescriber.restart'), t('medication.prescriber.restartHint'))}
		</fieldset>
	);
}
