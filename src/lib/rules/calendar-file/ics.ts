import { calendarDayAt, type Instant, startOfDay } from '../dates/calendar.ts';
import { addDays } from '../dates/calendar-steps.ts';
import { compareDates } from '../dates/compare-dates.ts';
import { isIsoDate, type IsoDate } from '../dates/iso-date.ts';

/*
 * A small iCalendar (RFC 5545) writer for all-day events: enough for "take it with you"
 * calendar files, and nothing a calendar app could read as a time in another zone.
 * All dates are DATE values (floating: the same calendar day wherever the phone is).
 */

/**
 * A reminder before an all-day event: `daysBefore` days before it, at `hour`:`minute` local time.
 * `{ daysBefore: 1, hour: 19 }` rings at 19:00 the evening before.
 */
export type CalendarAlarm = {
	readonly daysBefore: number;
	readonly hour: number;
	readonly minute?: number | undefined;
	/** The reminder's text. Default: the event's summary. */
	readonly description?: string | undefined;
};

type EventBase = {
	/** Stable and unique, so importing the file again updates the event instead of adding a copy. */
	readonly uid: string;
	readonly summary: string;
	readonly description?: string | undefined;
	readonly alarm?: CalendarAlarm | undefined;
};

/** An all-day event on one `date`, or from `start` to `end` (both days included). */
export type CalendarEvent = EventBase &
	({ readonly date: IsoDate } | { readonly start: IsoDate; readonly end: IsoDate });

export type CalendarOptions = {
	/**
	 * When the file was made (DTSTAMP). Passed in: the rules never read the clock. It also sets
	 * each event's SEQUENCE, so a file made later always counts as the newer version.
	 */
	readonly dtstamp: Instant;
	/** The calendar's name, shown by some apps when importing. */
	readonly name?: string | undefined;
	/** The product identifier (PRODID). */
	readonly prodId?: string | undefined;
};

export const DEFAULT_PROD_ID = '-//Prolotherapy patient guide//Calendar file//EN';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** SEQUENCE counts minutes from this moment (1 January 2020, 00:00 UTC): small, and always growing. */
const SEQUENCE_EPOCH: Instant = 1_577_836_800_000;

/**
 * The SEQUENCE of every event in a file made at `dtstamp`: whole minutes since 2020. Calendar
 * apps replace an event they already hold (same UID) only with a higher SEQUENCE, or an equal one
 * with a later DTSTAMP (RFC 5545, 3.8.7.4); a count of minutes grows with every new file, with no
 * state kept on the device.
 *
 * @example
 * sequenceAt(Date.UTC(2027, 2, 1, 9))
 * //=> 3767580
 */
export function sequenceAt(dtstamp: Instant): number {
	return Math.max(0, Math.floor((dtstamp - SEQUENCE_EPOCH) / 60_000));
}

/**
 * Builds the text of an `.ics` file: CRLF line ends, lines folded at 75 octets without splitting
 * a character, text escaped, all-day dates with an exclusive end, and a SEQUENCE from the time
 * the file was made, so importing a newer file updates the events instead of duplicating them.
 *
 * @throws {RangeError} for an invalid date, a range that ends before it starts, an alarm that is
 *   not whole hours 0 to 23 and minutes 0 to 59, or an invalid `dtstamp`.
 * @example
 * buildCalendar([{ uid: 'a@example.org', date: isoDate('2027-03-12'), summary: 'Treatment' }], { dtstamp: Date.UTC(2027, 2, 1, 9) }).split('\r\n').slice(5, 11)
 * //=> ['BEGIN:VEVENT', 'UID:a@example.org', 'DTSTAMP:20270301T090000Z', 'SEQUENCE:3767580', 'DTSTART;VALUE=DATE:20270312', 'DTEND;VALUE=DATE:20270313']
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
	const stamp = formatUtcDateTime(options.dtstamp);
	const sequence = sequenceAt(options.dtstamp);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${escapeText(options.prodId ?? DEFAULT_PROD_ID)}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...(options.name === undefined ? [] : [`X-WR-CALNAME:${escapeText(options.name)}`]),
		...events.flatMap((event) => eventLines(event, stamp, sequence)),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, stamp: string, sequence: number): string[] {
	const [start, end] = 'date' in event ? [event.date, event.date] : [event.start, event.end];
	if (!isIsoDate(start) || !isIsoDate(end)) {
		throw new RangeError(`Event "${event.uid}" needs real dates written as YYYY-MM-DD.`);
	}
	if (compareDates(end, start) < 0) {
		throw new RangeError(`Event "${event.uid}" ends (${end}) before it starts (${start}).`);
	}
	return [
		'BEGIN:VEVENT',
		`UID:${escapeText(event.uid)}`,
		`DTSTAMP:${stamp}`,
		`SEQUENCE:${sequence}`,
		`DTSTART;VALUE=DATE:${formatDate(start)}`,
		// DTEND is exclusive: the day after the last day.
		`DTEND;VALUE=DATE:${formatDate(addDays(end, 1))}`,
		`SUMMARY:${escapeText(event.summary)}`,
		...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
		// All-day notes should not mark the person as busy.
		'TRANSP:TRANSPARENT',
		...(event.alarm === undefined ? [] : alarmLines(event.alarm, event.summary)),
		'END:VEVENT',
	];
}

function alarmLines(alarm: CalendarAlarm, summary: string): string[] {
	return [
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(alarm.description ?? summary)}`,
		`TRIGGER:${alarmTrigger(alarm)}`,
		'END:VALARM',
	];
}

/**
 * The TRIGGER duration of an alarm, relative to the start (local midnight) of an all-day event.
 *
 * @throws {RangeError} when the days, hour or minute are not whole numbers in range.
 * @example
 * alarmTrigger({ daysBefore: 1, hour: 19 })
 * //=> '-PT5H'
 */
export function alarmTrigger(alarm: Pick<CalendarAlarm, 'daysBefore' | 'hour' | 'minute'>): string {
	const { daysBefore, hour, minute = 0 } = alarm;
	if (!isWhole(daysBefore, 0, 366) || !isWhole(hour, 0, 23) || !isWhole(minute, 0, 59)) {
		throw new RangeError('An alarm needs whole days before (0 to 366), an hour from 0 to 23 and a minute from 0 to 59.');
	}
	const total = hour * 60 + minute - daysBefore * 24 * 60;
	if (total === 0) return 'PT0S';
	const size = Math.abs(total);
	const days = Math.floor(size / (24 * 60));
	const hours = Math.floor((size % (24 * 60)) / 60);
	const minutes = size % 60;
	const time = hours === 0 && minutes === 0 ? '' : `T${hours === 0 ? '' : `${hours}H`}${minutes === 0 ? '' : `${minutes}M`}`;
	return `${total < 0 ? '-' : ''}P${days === 0 ? '' : `${days}D`}${time}`;
}

/**
 * Escapes text for an iCalendar TEXT value: backslash, semicolon, comma and line breaks.
 * Control characters that iCalendar forbids are dropped; a broken UTF-16 pair becomes U+FFFD.
 *
 * @example
 * escapeText('Stop; then, call\nthe clinic')
 * //=> 'Stop\\; then\\, call\\nthe clinic'
 */
export function escapeText(value: string): string {
	return value
		.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
		.replace(/\r\n?/g, '\n')
		// The control characters RFC 5545 forbids in text (tab and line breaks are handled apart).
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
		.replace(/[\\;,\n]/g, (character) => (character === '\n' ? '\\n' : `\\${character}`));
}

/**
 * Folds one content line into lines of at most 75 octets of UTF-8 (RFC 5545, 3.1): each
 * continuation line starts with a space. Never splits a character.
 *
 * @example
 * foldLine('SUMMARY:' + 'ş'.repeat(40)).split('\r\n').map((line) => new TextEncoder().encode(line).length)
 * //=> [74, 15]
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = utf8Length(character);
		if (octets + size > MAX_LINE_OCTETS) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join(CRLF);
}

function utf8Length(character: string): number {
	const code = character.codePointAt(0) ?? 0;
	if (code < 0x80) return 1;
	if (code < 0x800) return 2;
	if (code < 0x10000) return 3;
	return 4;
}

function formatDate(date: IsoDate): string {
	return date.replaceAll('-', '');
}

/** A moment as an iCalendar UTC date-time, `YYYYMMDDTHHMMSSZ` (RFC 5545, 3.3.5): 2027-03-01 09:00 UTC is `20270301T090000Z`. */
function formatUtcDateTime(instant: Instant): string {
	const day = Number.isFinite(instant) ? calendarDayAt(instant) : null;
	if (day === null) throw new RangeError('dtstamp must be a valid moment: milliseconds since 1970, in the years 1 to 9999.');
	const seconds = Math.floor((instant - startOfDay(day)) / 1000);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${formatDate(day)}T${two(Math.floor(seconds / 3600))}${two(Math.floor(seconds / 60) % 60)}${two(seconds % 60)}Z`;
}

function isWhole(value: number, min: number, max: number): boolean {
	return Number.isInteger(value) && value >= min && value <= max;
}
