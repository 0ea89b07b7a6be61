import type { DateField } from '../../lib/rules/dates/parse-date-input.ts';

/** The text in the three boxes of a date field, as typed (the rules read it: `parseDateParts`). */
export interface DateBoxes {
	day: string;
	month: string;
	year: string;
}

interface Props {
	id: string;
	legend: string;
	hint: string;
	labels: Record<DateField, string>;
	value: DateBoxes;
	onInput: (value: DateBoxes) => void;
	/** The message shown at the field, and which boxes it concerns (all three when it does not say). */
	error?: { message: string; boxes?: readonly DateField[] | undefined } | undefined;
	/** The hidden "Error:" before the message, for screen readers. */
	errorPrefix: string;
}

/** The three boxes' text, read from the page (the fieldset around the box that changed). */
function readBoxes(box: HTMLInputElement): DateBoxes {
	const [day = '', month = '', year = ''] = [...(box.closest('fieldset')?.querySelectorAll('input') ?? [])].map((input) => input.value);
	return { day, month, year };
}

const boxes: readonly DateField[] = ['day', 'month', 'year'];
const widths: Record<DateField, string> = { day: 'input--2', month: 'input--2', year: 'input--4' };

/**
 * The GOV.UK date input: three boxes for day, month and year in one fieldset, a hint, and an
 * error message tied to the fieldset by `aria-describedby`; only the boxes at fault get
 * `aria-invalid`. Numeric keyboards on phones, no browser date picker (hard to use for many).
 * The first box has the id `id` so an error summary link lands in it. The boxes have no `name`:
 * a form sent before the script runs can put nothing typed in an address. Each input reads all
 * three boxes, so inputs replayed at start (calculators/shell.ts) never undo one another.
 */
export function DateInput({ id, legend, hint, labels, value, onInput, error, errorPrefix }: Props) {
	const atFault = (box: DateField) => !!error && (error.boxes ?? boxes).includes(box);
	const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
	return (
		<div class={`form-group${error ? ' form-group--error' : ''}`}>
			<fieldset class="fieldset" aria-describedby={describedBy}>
				<legend class="fieldset__legend">{legend}</legend>
				<div class="hint" id={`${id}-hint`}>
					{hint}
				</div>
				{error && (
					<p class="error-message" id={`${id}-error`}>
						<span class="visually-hidden">{errorPrefix}</span> {error.message}
					</p>
				)}
				<div class="date-input">
					{boxes.map((box) => (
						<div class="date-input__item" key={box}>
							<label class="label" for={box === 'day' ? id : `${id}-${box}`}>
								{labels[box]}
							</label>
							<input
								class={`input ${widths[box]}${atFault(box) ? ' input--error' : ''}`}
								id={box === 'day' ? id : `${id}-${box}`}
								type="text"
								inputMode="numeric"
								autoComplete="off"
								spellcheck={false}
								value={value[box]}
								aria-invalid={atFault(box) ? 'true' : undefined}
								onInput={(event) => onInput(readBoxes(event.currentTarget))}
							/>
						</div>
					))}
				</div>
			</fieldset>
		</div>
	);
}
