/*
 * The one accent fold: what a patient typing without accents or the Turkish letters writes.
 * The medicine picker and the share links use it through `foldForSearch`; the search page's
 * "did you mean" compares words with `foldAccents`.
 */

/**
 * Text without its accents, and Turkish dotless ı as i; case and punctuation are kept.
 *
 * @example
 * foldAccents('şişlik')
 * //=> 'sislik'
 * foldAccents('ılık')
 * //=> 'ilik'
 * foldAccents('ＢＲＵＦＥＮ')
 * //=> 'BRUFEN'
 */
export function foldAccents(text: string): string {
	return (
		text
			// NFKD splits "ş" into "s" + cedilla, "İ" into "I" + dot above, and full-width letters into ASCII.
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			// Dotless ı has no decomposition; map it by hand.
			.replace(/ı/g, 'i')
	);
}

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
		foldAccents(value)
			// Not toLocaleLowerCase('tr'): that would turn "I" into "ı" and break "Ibuprofen" matching "ibuprofen".
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
	);
}
