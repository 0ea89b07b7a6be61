import type { JSX } from 'preact';

interface Props {
	id: string;
	label: string;
	/** A bold label for a question of its own; a plain one inside a fieldset that asks it. */
	bold?: boolean | undefined;
	hint?: string | undefined;
	/** The message at the field, and the hidden "Error:" before it for screen readers. */
	error?: { message: string; prefix: string } | undefined;
	/** The GOV.UK width class for what the box holds: `input--2` for a day count, `input--3` for a small number. */
	width?: 'input--2' | 'input--3' | undefined;
	/** Digits only: a phone shows its number pad. */
	numeric?: boolean | undefined;
	value: string;
	onInput: (value: string) => void;
}

/**
 * The GOV.UK text input: a label, an optional hint, the message at the field and the box, with
 * the hint and the message tied to the box by `aria-describedby` and `aria-invalid` while it is
 * wrong. No `name`: a form sent before the script runs can put nothing typed in an address. No
 * autocomplete or spelling marks (a patient's numbers and a name on a slip are not the browser's
 * to remember). Every text box of the calculators and the staff page is this one.
 */
export function TextInput({ id, label, bold = true, hint, error, width, numeric = false, value, onInput }: Props) {
	const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
	const numberBox: JSX.HTMLAttributes<HTMLInputElement> = numeric ? { inputMode: 'numeric' } : {};
	return (
		<div class={`form-group${error ? ' form-group--error' : ''}`}>
			<label class={bold ? 'label label--bold' : 'label'} for={id}>
				{label}
			</label>
			{hint && (
				<div class="hint" id={`${id}-hint`}>
					{hint}
				</div>
			)}
			{error && (
				<p class="error-message" id={`${id}-error`}>
					<span class="visually-hidden">{error.prefix}</span> {error.message}
				</p>
			)}
			<input
				class={['input', width, error ? 'input--error' : ''].filter(Boolean).join(' ')}
				id={id}
				type="text"
				{...numberBox}
				autoComplete="off"
				spellcheck={false}
				value={value}
				aria-describedby={describedBy || undefined}
				aria-invalid={error ? 'true' : undefined}
				onInput={(event) => onInput(event.currentTarget.value)}
			/>
		</div>
	);
}
