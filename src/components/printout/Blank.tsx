/** A sentence with `{blank}` lines to write on by hand, as in the printout strings. */
export function WithBlanks({ text }: { text: string }) {
	const parts = text.split('{blank}');
	return (
		<>
			{parts.map((part, index) => (
				<>
					{part}
					{index < parts.length - 1 && <span class="printout__blank" />}
				</>
			))}
		</>
	);
}
