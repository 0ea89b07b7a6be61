import type { DateField } from '../../lib/rules/dates/parse-date-input.ts';
import { useEffect, useRef } from 'preact/hooks';

export interface FieldError {
	/** The id of the input to move to: the summary links to it. */
	field: string;
	message: string;
	/** The question the message is shown at, when it is not `field` (a date's fieldset), and its boxes at fault. */
	question?: string | undefined;
	boxes?: readonly DateField[] | undefined;
}

interface Props {
	title: string;
	errors: readonly FieldError[];
}

/**
 * The GOV.UK error summary: at the top of the form, it takes focus when it appears so screen
 * reader users hear it at once, and each message links to its field. `role="alert"` is left out
 * on purpose: moving focus already announces it, and both would read it twice.
 */
export function ErrorSummary({ title, errors }: Props) {
	const ref = useRef<HTMLDivElement>(null);
	useEffect(() => {
		if (errors.length > 0) ref.current?.focus();
	}, [errors]);
	if (errors.length === 0) return null;
	return (
		<div class="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
			<h2 class="error-summary__title" id="error-summary-title">
				{title}
			</h2>
			<ul class="error-summary__list">
				{errors.map((error) => (
					<li key={error.field}>
						<a
							href={`#${error.field}`}
							onClick={(event) => {
								event.preventDefault();
								document.getElementById(error.field)?.focus();
							}}
						>
							{error.message}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}
