import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import { alarmTrigger, buildCalendar, escapeText, foldLine, type CalendarEvent } from './ics.ts';

const dtstamp = Date.UTC(2027, 2, 1, 9, 30, 5);
const octets = (line: string) => new TextEncoder().encode(line).length;

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return {
		calendar,
		events: calendar.getAllSubcomponents('vevent').map((vevent) => {
			const event = new ICAL.Event(vevent);
			const alarm = vevent.getFirstSubcomponent('valarm');
			const trigger = alarm?.getFirstPropertyValue('trigger');
			return {
				uid: event.uid,
				summary: event.summary,
				description: event.description,
				start: event.startDate.toString(),
				end: event.endDate.toString(),
				isDate: event.startDate.isDate && event.endDate.isDate,
				alarm: alarm
					? {
							action: alarm.getFirstPropertyValue('action'),
							description: alarm.getFirstPropertyValue('description'),
							triggerSeconds: trigger instanceof ICAL.Duration ? trigger.toSeconds() : null,
						}
					: null,
			};
		}),
	};
}

const events: CalendarEvent[] = [
	{
		uid: 'last-dose@clinic.example',
		date: isoDate('2027-03-08'),
		summary: 'Last ibuprofen',
		description: 'Take your last dose today.',
		alarm: { daysBefore: 1, hour: 19, description: 'Tomorrow is your last ibuprofen.' },
	},
	{ uid: 'free@clinic.example', start: isoDate('2027-03-09'), end: isoDate('2027-03-12'), summary: 'No ibuprofen' },
	{ uid: 'treatment@clinic.example', date: isoDate('2027-03-12'), summary: 'Treatment' },
];

describe('buildCalendar', () => {
	test('writes the calendar header and a DTSTAMP from the argument, not the clock', () => {
		const lines = buildCalendar([], { dtstamp }).split('\r\n');
		expect(lines).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Prolotherapy patient guide//Calendar file//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'END:VCALENDAR', '']);
		expect(buildCalendar(events, { dtstamp })).toContain('DTSTAMP:20270301T093005Z\r\n');
	});

	test('ical.js reads back the same all-day dates, summaries and alarm', () => {
		const { calendar, events: parsed } = parse(buildCalendar(events, { dtstamp, name: 'My plan' }));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My plan');
		expect(parsed).toEqual([
			{
				uid: 'last-dose@clinic.example',
				summary: 'Last ibuprofen',
				description: 'Take your last dose today.',
				start: '2027-03-08',
				end: '2027-03-09',
				isDate: true,
				// 19:00 the evening before: 5 hours before the all-day event starts.
				alarm: { action: 'DISPLAY', description: 'Tomorrow is your last ibuprofen.', triggerSeconds: -5 * 3600 },
			},
			// DTEND is exclusive: the free days 9 to 12 March end on the 13th.
			{ uid: 'free@clinic.example', summary: 'No ibuprofen', description: null, start: '2027-03-09', end: '2027-03-13', isDate: true, alarm: null },
			{ uid: 'treatment@clinic.example', summary: 'Treatment', description: null, start: '2027-03-12', end: '2027-03-13', isDate: true, alarm: null },
		]);
	});

	test.each([
		// Month end, leap day, year end: the exclusive end is the next calendar day.
		['2027-04-30', '2027-05-01'],
		['2028-02-28', '2028-02-29'],
		['2028-02-29', '2028-03-01'],
		['2027-02-28', '2027-03-01'],
		['2027-12-31', '2028-01-01'],
	])('an all-day event on %s ends (exclusive) on %s', (date, end) => {
		const text = buildCalendar([{ uid: 'x', date: isoDate(date), summary: 'x' }], { dtstamp });
		expect(parse(text).events[0]).toMatchObject({ start: date, end });
		expect(text).toContain(`DTSTART;VALUE=DATE:${date.replaceAll('-', '')}\r\n`);
	});

	test('uses CRLF for every line end, including the last', () => {
		const text = buildCalendar(events, { dtstamp });
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	test('folds long Turkish text at 75 octets and ical.js unfolds it intact', () => {
		const summary = 'İbuprofen içermeyen günler: ağrı kesici almayın; şikâyetiniz artarsa, kliniğinizi arayın. Çok önemli! 🩺'.repeat(3);
		const description = 'Satır bir\nSatır iki; virgül, ters bölü \\ ve noktalı virgül';
		const text = buildCalendar([{ uid: 'tr', date: isoDate('2027-03-12'), summary, description }], { dtstamp });
		for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(parse(text).events[0]).toMatchObject({ summary, description });
	});

	test('any text survives the round trip through escaping, folding and ical.js', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (summary, description) => {
				const text = buildCalendar([{ uid: 'p', date: isoDate('2027-03-12'), summary, description }], { dtstamp });
				for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
				// What iCalendar can carry: no forbidden control characters, CR and CRLF become LF, broken pairs U+FFFD.
				const carried = (value: string) =>
					value
						.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
						.replace(/\r\n?/g, '\n')
						.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
				const [event] = parse(text).events;
				expect(event?.summary ?? '').toBe(carried(summary));
				expect(event?.description ?? '').toBe(carried(description));
			}),
		);
	});

	test('does not change the events it is given', () => {
		const frozen = Object.freeze(events.map((event) => Object.freeze({ ...event })));
		const before = JSON.stringify(frozen);
		buildCalendar(frozen, { dtstamp });
		expect(JSON.stringify(frozen)).toBe(before);
	});

	test.each([
		[[{ uid: 'x', date: '2027-02-30' as never, summary: 'x' }], 'Event "x" needs real dates written as YYYY-MM-DD.'],
		[[{ uid: 'x', start: isoDate('2027-03-12'), end: isoDate('2027-03-11'), summary: 'x' }], 'Event "x" ends (2027-03-11) before it starts (2027-03-12).'],
		[[{ uid: 'x', date: isoDate('2027-03-12'), summary: 'x', alarm: { daysBefore: 1, hour: 24 } }], 'An alarm needs whole days before (0 to 366), an hour from 0 to 23 and a minute from 0 to 59.'],
	])('refuses %j', (bad, message) => {
		expect(() => buildCalendar(bad, { dtstamp })).toThrow(message);
	});

	test('refuses an invalid dtstamp', () => {
		expect(() => buildCalendar([], { dtstamp: Number.NaN })).toThrow('dtstamp must be a valid moment: milliseconds since 1970');
	});
});

describe('alarmTrigger', () => {
	test.each<[{ daysBefore: number; hour: number; minute?: number }, string]>([
		// The evening before, at 19:00 and at 18:30.
		[{ daysBefore: 1, hour: 19 }, '-PT5H'],
		[{ daysBefore: 1, hour: 18, minute: 30 }, '-PT5H30M'],
		// Two days before at 09:00.
		[{ daysBefore: 2, hour: 9 }, '-P1DT15H'],
		// A whole day before at midnight.
		[{ daysBefore: 1, hour: 0 }, '-P1D'],
		// On the day itself.
		[{ daysBefore: 0, hour: 8 }, 'PT8H'],
		[{ daysBefore: 0, hour: 0, minute: 15 }, 'PT15M'],
		[{ daysBefore: 0, hour: 0 }, 'PT0S'],
	])('%j → %s', (alarm, expected) => {
		expect(alarmTrigger(alarm)).toBe(expected);
		expect(ICAL.Duration.fromString(expected).toSeconds()).toBe(((alarm.hour * 60 + (alarm.minute ?? 0)) - alarm.daysBefore * 1440) * 60);
	});

	test.each([[{ daysBefore: -1, hour: 9 }], [{ daysBefore: 1, hour: 9.5 }], [{ daysBefore: 1, hour: 9, minute: 60 }]])('refuses %j', (alarm) => {
		expect(() => alarmTrigger(alarm)).toThrow(RangeError);
	});
});

describe('escapeText', () => {
	test.each([
		['a;b,c\\d', 'a\\;b\\,c\\\\d'],
		['line 1\nline 2', 'line 1\\nline 2'],
		['line 1\r\nline 2\rline 3', 'line 1\\nline 2\\nline 3'],
		['bell\u0007 and nul\u0000', 'bell and nul'],
		['tab\tkept', 'tab\tkept'],
		['broken \uD83D pair', 'broken \uFFFD pair'],
		['Şişli, İstanbul', 'Şişli\\, İstanbul'],
	])('%j → %j', (input, expected) => {
		expect(escapeText(input)).toBe(expected);
	});
});

describe('foldLine', () => {
	test('leaves a line of 75 octets alone', () => {
		const line = `SUMMARY:${'a'.repeat(67)}`;
		expect(foldLine(line)).toBe(line);
	});

	test('folds the 76th octet onto a continuation line that starts with a space', () => {
		expect(foldLine(`SUMMARY:${'a'.repeat(68)}`)).toBe(`SUMMARY:${'a'.repeat(67)}\r\n a`);
	});

	test.each([
		// Two-, three- and four-byte characters are never split.
		['ş', 2],
		['€', 3],
		['🩺', 4],
	])('never splits %s (%i octets)', (character, size) => {
		const line = `DESCRIPTION:${character.repeat(200)}`;
		const lines = foldLine(line).split('\r\n');
		for (const folded of lines) {
			expect(octets(folded)).toBeLessThanOrEqual(75);
			expect(folded.replace(/^DESCRIPTION:| /, '').length % character.length).toBe(0);
		}
		expect(lines.map((folded, index) => (index === 0 ? folded : folded.slice(1))).join('')).toBe(line);
		expect(octets(lines[0] ?? '')).toBeGreaterThan(75 - size);
	});
});
