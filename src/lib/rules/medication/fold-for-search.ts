/**
 * Folds text for forgiving search: lower case, accents removed, and the Turkish letters
 * matched to their plain Latin look-alikes (ı, İ, I and i all become "i"; ş → s, ğ → g,
 * ç → c, ö → o, ü → u). Runs of anything but letters and digits become one space.
 *
 * @example
 * foldForSearch('  İBUPROFEN   Şurup, 100mg ')
 * //=> 'ibuprofen surup 100mg'
 */
export function foldForSearch(value: string): string {
	return (
		value
			// NFKD splits "ş" into "s" + cedilla, "İ" into "I" + dot above, and full-width letters into ASCII.
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			// Dotless ı has no decomposition; map it by hand.
			.replace(/ı/g, 'i')
			// Not toLocaleLowerCase('tr'): that would turn "I" into "ı" and break "Ibuprofen" matching "ibuprofen".
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
	);
}
