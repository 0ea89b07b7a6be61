/*
 * A date as a shared link wrote it, for the date fields. The site writes dates as YYYY-MM-DD;
 * anything else (an unpadded date, a time, words) was changed on the way, so the calculator
 * opens with what can be read in its fields and a message at the field, never with the field
 * empty or another date. What the link said is shown as text only (Preact escapes it).
 */

export type LinkDate = {
	/** The day, month and year boxes as the link gave them (empty where it gave none). */
	readonly parts: { readonly day: string; readonly month: string; readonly year: string };
	/** True when the link wrote the date as the site does; false means: say so at the field. */
	readonly asWritten: boolean;
	/** What the link said, cut short and without control characters, for the message. */
	readonly text: string;
};

/** The longest text a message quotes from a link. */
const SHOWN = 30;

/** Control and format characters (bidirectional overrides among them): shown as nothing. */
const CONTROLS = /[\p{Cc}\p{Cf}]/gu;

/**
 * The date fields for a link's date text, or undefined when the link gives none.
 *
 * @example
 * linkDate('2027-3-1T10:00')
 * //=> { parts: { day: '1', month: '3', year: '2027' }, asWritten: false, text: '2027-3-1T10:00' }
 * linkDate('2027-02-30')?.asWritten
 * //=> true
 */
export function linkDate(text: string | undefined): LinkDate | undefined {
	if (text === undefined || text === '') return undefined;
	const match = /^(\d{1,6})-(\d{1,2})-(\d{1,2})/.exec(text);
	const [, year = '', month = '', day = ''] = match ?? [];
	return {
		parts: match ? { day: String(Number(day)), month: String(Number(month)), year } : { day: '', month: '', year: '' },
		asWritten: /^\d{4}-\d{2}-\d{2}$/.test(text),
		text: shownText(text),
	};
}

/**
 * A link's value as a field or message may show it: at most 30 characters, no control characters.
 *
 * @example
 * shownText('１e2\u0007')
 * //=> '１e2'
 */
export function shownText(text: string): string {
	const clean = text.replace(CONTROLS, '');
	return clean.length > SHOWN ? `${clean.slice(0, SHOWN)}…` : clean;
}
