import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../calendar-file/ics.ts';
import { DEFAULT_GROUPS } from './schema.ts';
import { holdEvents, type HoldEventText } from './hold-events.ts';
import { planHold } from './plan-hold.ts';
import { defaultMedicationRules, medicationRulesSchema } from './schema.ts';

// The page supplies the words; these stand in for a translation.
const text: HoldEventText = {
	treatment: { summary: 'Tedavi günü', description: 'Kliniğiniz: 0212 000 00 00' },
	lastDose: (item) => ({ summary: `Son doz: ${item.id}`, reminder: `Yarın son ${item.id} dozunuz` }),
	freeDays: (item) => ({ summary: `${item.id} yok`, description: `${item.freeDates.length} gün` }),
	restart: (item) => ({ summary: `${item.id} yeniden` }),
};

const rules = medicationRulesSchema.parse({
	groups: DEFAULT_GROUPS.map((group) => (group.id === 'nsaid' ? { ...group, restartDaysAfter: 7 } : group)),
});

function plan(today = '2027-03-01', treatmentDate = '2027-03-12') {
	return planHold({
		treatmentDate,
		today,
		medicineIds: ['ibuprofen', 'paracetamol', 'rivaroxaban', 'apixaban'],
		prescriberAgreed: ['apixaban'],
		prescriberDays: { apixaban: { daysBefore: 3 } },
		rules,
	});
}

describe('holdEvents', () => {
	test('the brief’s example: last dose on 8 March with a reminder, free 9 to 12 March, the treatment day', () => {
		const events = holdEvents(plan(), text, { uidDomain: 'clinic.example' });
		expect(events).toEqual([
			{
				uid: 'hold-medicine-ibuprofen-last-dose@clinic.example',
				date: '2027-03-08',
				summary: 'Son doz: ibuprofen',
				alarm: { daysBefore: 1, hour: 19, minute: 0, description: 'Yarın son ibuprofen dozunuz' },
			},
			{
				uid: 'hold-medicine-apixaban-last-dose@clinic.example',
				date: '2027-03-08',
				summary: 'Son doz: apixaban',
				alarm: { daysBefore: 1, hour: 19, minute: 0, description: 'Yarın son apixaban dozunuz' },
			},
			{ uid: 'hold-medicine-ibuprofen-free@clinic.example', start: '2027-03-09', end: '2027-03-12', summary: 'ibuprofen yok', description: '4 gün' },
			{ uid: 'hold-medicine-apixaban-free@clinic.example', start: '2027-03-09', end: '2027-03-12', summary: 'apixaban yok', description: '4 gün' },
			{ uid: 'hold-treatment@clinic.example', date: '2027-03-12', summary: 'Tedavi günü', description: 'Kliniğiniz: 0212 000 00 00' },
			{ uid: 'hold-medicine-ibuprofen-restart@clinic.example', date: '2027-03-19', summary: 'ibuprofen yeniden' },
		]);
	});

	test('paracetamol (keep taking) and an unagreed blood thinner get no events', () => {
		const uids = holdEvents(plan(), text, { uidDomain: 'clinic.example' }).map((event) => event.uid);
		expect(uids.some((uid) => uid.includes('paracetamol') || uid.includes('rivaroxaban'))).toBe(false);
	});

	test('too late: only the treatment day', () => {
		expect(holdEvents(plan('2027-03-10'), text, { uidDomain: 'clinic.example' }).map((event) => event.uid)).toEqual([
			'hold-treatment@clinic.example',
		]);
	});

	test('no plan, no events', () => {
		expect(holdEvents(plan('2027-03-13'), text, { uidDomain: 'clinic.example' })).toEqual([]);
	});

	test('the reminder time is an option, and restart events are optional', () => {
		const { restart: _restart, ...withoutRestart } = text;
		const events = holdEvents(plan(), withoutRestart, { uidDomain: 'clinic.example', reminder: { hour: 20, minute: 30 } });
		expect(events[0]).toMatchObject({ alarm: { daysBefore: 1, hour: 20, minute: 30 } });
		expect(events.some((event) => event.uid.includes('restart'))).toBe(false);
	});

	test('the calendar file parses with ical.js to the same dates, and the reminder rings at 19:00 the evening before', () => {
		const ics = buildCalendar(holdEvents(plan(), text, { uidDomain: 'clinic.example' }), { dtstamp: Date.UTC(2027, 2, 1) });
		const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
		const parsed = vevents.map((vevent) => {
			const event = new ICAL.Event(vevent);
			return [event.summary, event.startDate.toString(), event.endDate.toString()];
		});
		expect(parsed).toEqual([
			['Son doz: ibuprofen', '2027-03-08', '2027-03-09'],
			['Son doz: apixaban', '2027-03-08', '2027-03-09'],
			['ibuprofen yok', '2027-03-09', '2027-03-13'],
			['apixaban yok', '2027-03-09', '2027-03-13'],
			['Tedavi günü', '2027-03-12', '2027-03-13'],
			['ibuprofen yeniden', '2027-03-19', '2027-03-20'],
		]);
		const first = vevents[0];
		if (!first) throw new Error('no event');
		const start = new ICAL.Event(first).startDate.clone();
		// Count the trigger from the all-day event's start, local midnight.
		start.isDate = false;
		const trigger = first.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
		if (!(trigger instanceof ICAL.Duration)) throw new Error('no trigger');
		start.addDuration(trigger);
		expect(start.toString()).toBe('2027-03-07T19:00:00');
	});

	test('a new treatment date keeps every event id, and a later file has a higher SEQUENCE, so calendar apps replace the old events', () => {
		const read = (ics: string) =>
			new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => ({
				uid: vevent.getFirstPropertyValue('uid'),
				sequence: vevent.getFirstPropertyValue('sequence'),
				start: new ICAL.Event(vevent).startDate.toString(),
			}));
		const before = read(buildCalendar(holdEvents(plan(), text, { uidDomain: 'clinic.example' }), { dtstamp: Date.UTC(2027, 2, 1, 9) }));
		const after = read(buildCalendar(holdEvents(plan('2027-03-02', '2027-03-19'), text, { uidDomain: 'clinic.example' }), { dtstamp: Date.UTC(2027, 2, 2, 9) }));
		expect(after.map((event) => event.uid).sort()).toEqual(before.map((event) => event.uid).sort());
		expect(new Set(after.map((event) => event.uid)).size).toBe(after.length);
		for (const event of after) {
			const old = before.find((candidate) => candidate.uid === event.uid);
			expect(Number(event.sequence)).toBeGreaterThan(Number(old?.sequence));
		}
		expect(after.find((event) => event.uid === 'hold-treatment@clinic.example')?.start).toBe('2027-03-19');
	});

	test('the prefix keeps events of different plans apart', () => {
		const uids = holdEvents(plan(), text, { uidDomain: 'clinic.example', uidPrefix: 'course-session-2-hold' }).map((event) => event.uid);
		expect(uids.every((uid) => uid.startsWith('course-session-2-hold-'))).toBe(true);
	});

	test('does not change the plan', () => {
		const input = plan();
		const before = JSON.stringify(input);
		holdEvents(input, text, { uidDomain: 'clinic.example' });
		expect(JSON.stringify(input)).toBe(before);
	});

	test('uses the default rules too', () => {
		const events = holdEvents(
			planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', medicineIds: ['naproxen'], rules: defaultMedicationRules }),
			text,
			{ uidDomain: 'clinic.example' },
		);
		expect(events.map((event) => event.summary)).toEqual(['Son doz: naproxen', 'naproxen yok', 'Tedavi günü']);
	});
});
