import { useState } from 'preact/hooks';
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
	const [error, setError] = useState(false);
	return (
		<p class="no-print">
			<button
				type="button"
				class="button button--secondary"
				data-letter
				onClick={async () => {
					try {
						const { printLetter } = await import('./Letter.tsx');
						setError(false);
						await printLetter(letter());
					} catch {
						setError(true);
					}
				}}
			>
				{label}
			</button>
			{error && <span class="hint hold-item__warning">{failed}</span>}
		</p>
	);
}
