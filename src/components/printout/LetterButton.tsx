import type { LetterData } from './Letter.tsx';

interface Props {
	/** "Print a letter for the doctor who prescribes it", from the island's strings. */
	label: string;
	/** What to say when the letter's code cannot be loaded (offline before it was kept). */
	failed: string;
	/** The letter's contents, read when the button is pressed. */
	letter: () => LetterData;
}

/**
 * The one part of the prescriber's letter in a calculator's first load: a button. Its code, its
 * words and the QR library load when it is pressed (issue 23), so the calculator pages stay light.
 */
export function LetterButton({ label, failed, letter }: Props) {
	return (
		<p class="no-print">
			<button
				type="button"
				class="button button--secondary"
				data-letter
				onClick={async (event) => {
					const message = event.currentTarget.nextElementSibling as HTMLElement;
					message.hidden = true;
					try {
						await (await import('./Letter.tsx')).printLetter(letter());
					} catch {
						message.hidden = false;
					}
				}}
			>
				{label}
			</button>
			<span class="hint hold-item__warning" role="alert" hidden>
				{failed}
			</span>
		</p>
	);
}
