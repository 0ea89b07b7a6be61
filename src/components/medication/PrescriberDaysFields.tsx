import type { UiStrings } from '../../i18n/strings/en.ts';

/** What a patient typed for the days their prescriber gave, as typed (checked by the page). */
export type PrescriberDaysInput = { readonly before: string; readonly after: string };
export type PrescriberKey = Extract<keyof UiStrings, `medication.prescriber.${string}`>;

interface Props {
	/** The picked id (a medicine or a group) the days are for. */
	id: string;
	values: Readonly<Record<string, PrescriberDaysInput>>;
	onChange: (id: string, value: PrescriberDaysInput) => void;
	/** The field whose text is not a whole number of days, by picked id. */
	errors: Readonly<Record<string, 'before' | 'after'>>;
	strings: Pick<UiStrings, PrescriberKey>;
}

/** Two small GOV.UK-style number fields for the days a prescriber gave, in their own fieldset. */
export function PrescriberDaysFields({ id, values, onChange, errors, strings }: Props) {
	const t = (key: PrescriberKey) => strings[key];
	const value = values[id] ?? { before: '', after: '' };
	const fields = [
		{ key: 'before', label: t('medication.prescriber.daysBefore'), hint: t('medication.prescriber.daysBeforeHint') },
		{ key: 'after', label: t('medication.prescriber.restart'), hint: t('medication.prescriber.restartHint') },
	] as const;
	return (
		<fieldset class="fieldset prescriber-days">
			<legend class="label">{t('medication.prescriber.legend')}</legend>
			{fields.map(({ key, label, hint }) => {
				const fieldId = `prescriber-${key}-${id}`;
				const hasError = errors[id] === key;
				return (
					<div class={`form-group${hasError ? ' form-group--error' : ''}`} key={key}>
						<label class="label" for={fieldId}>
							{label}
						</label>
						<div class="hint" id={`${fieldId}-hint`}>
							{hint}
						</div>
						{hasError && (
							<p class="error-message" id={`${fieldId}-error`}>
								{t('medication.prescriber.error')}
							</p>
						)}
						<input
							class="input input--2"
							id={fieldId}
							inputMode="numeric"
							spellcheck={false}
							autoComplete="off"
							value={value[key]}
							aria-invalid={hasError ? 'true' : undefined}
							aria-describedby={`${fieldId}-hint${hasError ? ` ${fieldId}-error` : ''}`}
							onInput={(event) => onChange(id, { ...value, [key]: event.currentTarget.value })}
						/>
					</div>
				);
			})}
		</fieldset>
	);
}
