/**
 * Writes a calendar date (`YYYY-MM-DD`) for readers of a language. The date is formatted as a
 * UTC date, so no time zone can move it to another day.
 */
export type DateStyle = 'long' | 'weekday' | 'short';

const options: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	/** 12 March 2027 */
	long: { day: 'numeric', month: 'long', year: 'numeric' },
	/** Friday 12 March 2027 */
	weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
	/** Fri 12 Mar */
	short: { weekday: 'short', day: 'numeric', month: 'short' },
};

/**
 * @example
 * formatDate('2027-03-12', 'en-GB', 'weekday') // => 'Friday 12 March 2027'
 * formatDate('2027-03-12', 'tr-TR', 'weekday') // => '12 Mart 2027 Cuma'
 */
export function formatDate(isoDate: string, tag: string, style: DateStyle = 'long'): string {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
	const date = new Date(0);
	// setUTCFullYear, not Date.UTC: that reads the years 0 to 99 as 1900 to 1999.
	date.setUTCFullYear(y, m - 1, d);
	return new Intl.DateTimeFormat(tag, { ...options[style], timeZone: 'UTC' })
		.format(date)
		.replace(',', '');
}

/**
 * A month (`YYYY-MM`, like a source's "accessed" month) written out for readers.
 *
 * @example
 * formatMonth('2026-11', 'en-GB') // => 'November 2026'
 * formatMonth('2026-11', 'tr-TR') // => 'Kasım 2026'
 */
export function formatMonth(month: string, tag: string): string {
	return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/**
 * A number of days, weeks or months in words, e.g. "3 days", "3 gün".
 *
 * @example
 * formatDuration(3, 'day', 'en-GB') // => '3 days'
 */
export function formatDuration(value: number, unit: 'day' | 'week' | 'month', tag: string): string {
	return new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * Joins items as a list in the reader's language: "a, b and c", "a, b ve c".
 *
 * @example
 * formatList(['Monday', 'Tuesday', 'Wednesday'], 'en-GB', 'disjunction') // => 'Monday, Tuesday or Wednesday'
 */
export function formatList(items: readonly string[], tag: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
	return new Intl.ListFormat(tag, { style: 'long', type }).format(items);
}

/**
 * Languages that write a weekday's name in lower case when it stands alone, outside a date: TDK
 * writes "cumartesi günleri" but "12 Mart 2027 Cuma" (Yazım Kılavuzu, büyük harfler: gün ve ay
 * adları yalnızca belirli bir tarih bildirdiğinde büyük harfle başlar). `Intl` gives the date form.
 */
const lowerCaseWeekdays = new Set(['tr']);

/**
 * A weekday's name on its own ("the clinic is closed on Saturdays"), as the language writes it
 * outside a date.
 *
 * @example
 * [formatWeekday('2027-03-13', 'en-GB'), formatWeekday('2027-03-13', 'tr-TR')] // => ['Saturday', 'cumartesi']
 */
export function formatWeekday(isoDate: string, tag: string): string {
	const name = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
	return lowerCaseWeekdays.has(tag.split('-')[0] ?? tag) ? name.toLocaleLowerCase(tag) : name;
}
