import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { HoldPlan, planHold } from '../../lib/rules/medication/plan-hold.ts';
import type { decodeHoldFragment } from '../../lib/rules/share/fragment.ts';
import { encodeHoldFragment } from '../../lib/rules/share/encode-fragment.ts';
import { parseFragmentParams } from '../../lib/rules/share/fragment-params.ts';
import { linkDate, type LinkDate } from '../../lib/rules/share/link-date.ts';
import type { DateBoxes } from '../calculators/DateInput.tsx';
import type { FieldError } from '../calculators/ErrorSummary.tsx';
import { dateError, readDateFields } from '../calculators/read-date-fields.ts';
import { translator, type Translate } from '../calculators/translator.ts';
import type { CalculatorModel, Read } from '../calculators/use-calculator.ts';
import type { LoadedPicker } from './lazy-picker.tsx';
import { EMPTY_PRESCRIBER_INPUT, type PrescriberDaysInput } from './PrescriberDaysFields.tsx';
import { pickedIds, type MedicinePick } from './picks.ts';
import { readPrescriberDays } from './prescriber-days.ts';
import type { MedicationKey, MedicationStrings } from './strings.ts';

/*
 * The medication calculator's model (issue 25): what the form holds, how a submit or a link is
 * read, and the answer, as pure functions of the inputs, the clinic's rules and today. The
 * island (./MedicationCalculator.tsx) shows them; calculators/use-calculator.ts runs them.
 */

export const DATE_ID = 'treatment-date';
/** The medicine search box: the page renders the picker around it at build time. */
export const FIND_ID = 'medicine-find';

export interface MedicationInputs {
	readonly date: DateBoxes;
	readonly picks: readonly MedicinePick[];
	/** Picked ids whose prescriber agreed to a stop (never in a link). */
	readonly agreed: readonly string[];
	/** What the patient typed for the plan a prescriber gave, by picked id. */
	readonly prescriber: Readonly<Record<string, PrescriberDaysInput>>;
	/** The search box's text. */
	readonly query: string;
}

/** What a link said that the boxes cannot hold: the date as it was written, names the page does not know. */
export interface MedicationLink {
	readonly date?: LinkDate | undefined;
	readonly unread: readonly string[];
}

export type MedicationRead = Read<{ readonly treatmentDate: IsoDate; readonly parts: DateBoxes }>;

export interface MedicationShown {
	/** The answer: only with a date asked for and still in the boxes, and a medicine. */
	readonly answer?: Extract<HoldPlan, { ok: true }> | undefined;
	readonly treatmentDate?: IsoDate | undefined;
	/** The prescriber's days read, with their fields' messages (shown as typed, before any submit). */
	readonly prescriber: ReturnType<typeof readPrescriberDays>;
}

const EMPTY_DATE: DateBoxes = { day: '', month: '', year: '' };
const EMPTY: MedicationInputs = { date: EMPTY_DATE, picks: [], agreed: [], prescriber: {}, query: '' };
const sameDate = (a: DateBoxes, b: DateBoxes) => a.day === b.day && a.month === b.month && a.year === b.year;

interface Context {
	lang: string;
	tag: string;
	phone: string;
	/** The island's words (the answer's and the errors' come with the picker) and its translator. */
	words: MedicationStrings;
	t: Translate<MedicationKey>;
	/** The picker's code and the clinic's rules, once loaded: no answer or submit error comes before. */
	picker: LoadedPicker | undefined;
	/** The rules that work the answer out and read its links, loaded with the answer (./answer-view.ts): an answer waits for them. */
	view: { planHold: typeof planHold; decodeHoldFragment: typeof decodeHoldFragment } | undefined;
	/** Loads the picker and the answer; resolves once both have arrived and the picker has adopted what was typed. */
	load: () => Promise<unknown>;
	/** What a submit waits for (lazy-picker.tsx `waitFor`). */
	waitFor: (always?: boolean) => Promise<unknown> | undefined;
	/** How a pick is named to the patient ("Brufen (ibuprofen)"). */
	labelOf: (pick: MedicinePick) => string;
}

export function medicationModel({ lang, tag, phone, words, t, picker, view, load, waitFor, labelOf }: Context): CalculatorModel<MedicationInputs, MedicationLink, MedicationRead, MedicationShown> {
	const rules = picker?.rules;
	const matches = (query: string) => (picker ? picker.findMedicines(query, picker.rules.medicines, { language: lang, limit: 8 }) : []);

	/** A medicine typed but not added: what to say at the search box. */
	function typedError(query: string): string {
		const found = matches(query);
		const [only] = found;
		if (found.length === 1 && only && picker) {
			const button = translator<'medication.find.add'>(picker.strings, tag)('medication.find.add', { name: labelOf({ selection: 'medicine', id: only.medicineId, name: only.name }) });
			return t('medication.error.pressAdd', { button });
		}
		return found.length === 0 ? t('medication.error.notFound', { query: query.trim(), phone }) : t('medication.error.pressOne');
	}

	return {
		empty: EMPTY,
		// "Show my dates" with a medicine typed but not added adds the one exact match.
		beforeAsk: (inputs) => {
			if (inputs.query.trim() === '' || !picker) return inputs;
			const choice = picker.choiceOnEnter(matches(inputs.query), { exactOnly: true });
			if (choice.key !== 'add') return inputs;
			const pick = { selection: 'medicine' as const, id: choice.match.medicineId, name: choice.match.name };
			const known = inputs.picks.some((p) => p.selection === 'medicine' && p.id === pick.id);
			return { ...inputs, query: '', picks: known ? inputs.picks : [...inputs.picks, pick] };
		},
		read: ({ inputs, today, link }) => {
			const errors: FieldError[] = [];
			const date = readDateFields(inputs.date, today, link?.date);
			if (!date.ok) errors.push(dateError(DATE_ID, date.fields, t(`calc.dateError.${date.error}`, { field: words['medication.treatmentDate.field'], value: link?.date?.text ?? '' })));
			const unread = link?.unread ?? [];
			const find =
				unread.length > 0
					? t('calc.linkUnknown', { names: unread.join(', ') })
					: inputs.query.trim() !== ''
						? typedError(inputs.query)
						: inputs.picks.length === 0
							? t('medication.error.noMedicine')
							: undefined;
			if (find) errors.push({ field: FIND_ID, message: find });
			return errors.length > 0 || !date.ok ? { errors } : { errors, reading: { treatmentDate: date.date, parts: inputs.date } };
		},
		show: (inputs, read, today) => {
			const reading = read?.reading;
			const prescriber = readPrescriberDays(inputs.prescriber, inputs.agreed, reading?.treatmentDate, t, words['medication.prescriber.lastDoseField']);
			// A changed date hides the answer for the old one until the new one is asked for; removing every medicine removes it too.
			if (!reading || !rules || !view || inputs.picks.length === 0 || !sameDate(reading.parts, inputs.date)) return { prescriber };
			const plan = view.planHold({ treatmentDate: reading.treatmentDate, today, ...pickedIds(inputs.picks), prescriberAgreed: inputs.agreed, prescriberDays: prescriber.days, rules });
			return { prescriber, treatmentDate: reading.treatmentDate, answer: plan.ok ? plan : undefined };
		},
		fromLink: (hash, inputs) => {
			if (!rules || !view) return undefined;
			const shared = view.decodeHoldFragment(hash, rules);
			const picks: MedicinePick[] = [
				...shared.medicineIds.map((id) => ({ selection: 'medicine' as const, id, name: shared.names?.[id] })),
				...shared.groupIds.map((id) => ({ selection: 'group' as const, id })),
			];
			const date = linkDate(parseFragmentParams(hash).get('t'));
			const unread = shared.unread ?? [];
			if (picks.length === 0 && !date && unread.length === 0) return undefined;
			// The link never carries the agreement: the reader ticks it again; the prescriber's days wait for it.
			const prescriber = Object.fromEntries(
				Object.entries(shared.prescriberDays ?? {}).map(([id, days]) => [
					id,
					{ ...EMPTY_PRESCRIBER_INPUT, mode: 'days' as const, before: String(days.daysBefore), after: days.restartDaysAfter == null ? '' : String(days.restartDaysAfter) },
				]),
			);
			// A link with a date alone (the clinic's slip) leaves the medicines be: the patient may have
			// added some while the page fetched the picker for the link.
			const medicines = picks.length > 0 || unread.length > 0 ? { picks, agreed: [], prescriber, query: unread.join(', ') } : {};
			return {
				// A medicine the page does not know stays in the search box, with a message: never dropped unseen.
				inputs: { ...inputs, ...medicines, date: date?.parts ?? inputs.date },
				link: { date, unread },
				// A link with a date alone (the clinic's slip) fills the date in and waits for the medicines;
				// a date the link wrote wrongly, or a medicine the page does not know, is said at once.
				ask: (!!date && (picks.length > 0 || !date.asWritten)) || unread.length > 0,
			};
		},
		fragment: (shown, inputs) =>
			shown.treatmentDate &&
			encodeHoldFragment({
				treatmentDate: shown.treatmentDate,
				...pickedIds(inputs.picks),
				// The link never carries the prescriber's agreement: whoever opens it confirms again.
				prescriberAgreed: [],
				names: Object.fromEntries(inputs.picks.flatMap((pick) => (pick.name ? [[pick.id, pick.name]] : []))),
				prescriberDays: shown.prescriber.days,
			}),
		// A link waits for the clinic's medicines and the answer; a submit for the picker (a name typed is looked up in it).
		waitFor: (hash) => (hash === undefined ? waitFor(true) : (!rules || !view) && parseFragmentParams(hash).size > 0 ? load() : undefined),
		chosen: (inputs) => inputs.picks.map(labelOf),
	};
}
