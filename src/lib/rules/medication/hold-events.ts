import type { CalendarEvent } from '../calendar-file/ics.ts';
import { compareDates } from '../dates/compare-dates.ts';
import type { IsoDate } from '../dates/iso-date.ts';
import type { HoldItem, HoldPlan } from './plan-hold.ts';

/** A medicine the patient stops, with its dates. */
export type StopHoldItem = Extract<HoldItem, { status: 'stop' }>;

/** The words of one calendar event, in the page's language. */
export type HoldEventWords = {
	readonly summary: string;
	readonly description?: string | undefined;
};

/**
 * The words for the calendar file, supplied by the page in its language (the rules hold none).
 * The functions get the medicine's plan, so they can name it and write its dates.
 */
export type HoldEventText = {
	/** The treatment day. */
	readonly treatment: HoldEventWords;
	/** The last day to take a medicine; `reminder` is the text of the alarm the evening before. */
	readonly lastDose: (item: StopHoldItem) => HoldEventWords & { readonly reminder: string };
	/** The days without a medicine, up to and including the treatment day. */
	readonly freeDays: (item: StopHoldItem) => HoldEventWords;
	/** The day a medicine may be taken again; leave out for no restart events. */
	readonly restart?: ((item: StopHoldItem) => HoldEventWords) | undefined;
};

export type HoldEventsOptions = {
	/** The clinic's web domain, to make event ids unique: `clinic.example`. */
	readonly uidDomain: string;
	/**
	 * What the event ids start with. Default `hold`. The planner gives each session its own
	 * (`course-session-2-hold`), so the same medicine before two sessions gives two events.
	 */
	readonly uidPrefix?: string | undefined;
	/** The time of the reminder the evening before the last dose. Default 19:00. */
	readonly reminder?: { readonly hour: number; readonly minute?: number | undefined } | undefined;
};

/**
 * Turns a medication plan into all-day calendar events: for each medicine to stop, its last-dose
 * day (with a reminder the evening before), its medicine-free days, and its restart day; and the
 * treatment day. Medicines to keep, to ask about or too late for get no events. Each event's id
 * names the item and its role, never a date, so a calendar app that imports a file made after
 * the treatment date changed replaces the earlier events instead of adding copies.
 *
 * @example
 * holdEvents(planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', rules: defaultMedicationRules }), { treatment: { summary: 'Treatment' }, lastDose: () => ({ summary: '', reminder: '' }), freeDays: () => ({ summary: '' }) }, { uidDomain: 'clinic.example' })
 * //=> [{ uid: 'hold-treatment@clinic.example', date: '2027-03-12', summary: 'Treatment' }]
 */
export function holdEvents(plan: HoldPlan, text: HoldEventText, options: HoldEventsOptions): CalendarEvent[] {
	if (!plan.ok) return [];
	const prefix = options.uidPrefix ?? 'hold';
	const uid = (name: string) => `${prefix}-${name}@${options.uidDomain}`;
	const reminderHour = options.reminder?.hour ?? 19;
	const reminderMinute = options.reminder?.minute ?? 0;

	const events: CalendarEvent[] = [];
	for (const item of plan.items) {
		if (item.status !== 'stop') continue;
		const name = `${item.selection}-${item.id}`;
		const lastDose = text.lastDose(item);
		events.push({
			uid: uid(`${name}-last-dose`),
			date: item.lastDoseDate,
			...words(lastDose),
			alarm: { daysBefore: 1, hour: reminderHour, minute: reminderMinute, description: lastDose.reminder },
		});
		const [firstFree] = item.freeDates;
		if (firstFree !== undefined) {
			events.push({ uid: uid(`${name}-free`), start: firstFree, end: plan.treatmentDate, ...words(text.freeDays(item)) });
		}
		if (item.restart.key === 'onDate' && text.restart !== undefined) {
			events.push({ uid: uid(`${name}-restart`), date: item.restart.date, ...words(text.restart(item)) });
		}
	}
	events.push({ uid: uid('treatment'), date: plan.treatmentDate, ...words(text.treatment) });
	return events.sort((a, b) => compareDates(startOf(a), startOf(b)));
}

function words({ summary, description }: HoldEventWords): HoldEventWords {
	return description === undefined ? { summary } : { summary, description };
}

function startOf(event: CalendarEvent): IsoDate {
	return 'date' in event ? event.date : event.start;
}
