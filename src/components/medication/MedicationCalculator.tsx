import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { capitalise, fill } from '../../i18n/fill.ts';
import { formatDate } from '../../i18n/format-date.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import { parseDateParts } from '../../lib/rules/dates/parse-date-input.ts';
import { localized } from '../../lib/rules/localized-text.ts';
import { clinicOnDay } from '../../lib/rules/clinic-days/clinic-today.ts';
import { daysBeforeFromLastDose } from '../../lib/rules/medication/last-dose.ts';
import { planHold, type HoldItem, type PrescriberDays } from '../../lib/rules/medication/plan-hold.ts';
import { isClinicOpen, type ClinicDays } from '../../lib/rules/clinic-days/open-days.ts';
import { encodeHoldFragment } from '../../lib/rules/share/encode-fragment.ts';
import { decodeHoldFragment } from '../../lib/rules/share/fragment.ts';
import { parseFragmentParams } from '../../lib/rules/share/fragment-params.ts';
import { linkDate, type LinkDate } from '../../lib/rules/share/link-date.ts';
import { readDateFields } from '../calculators/read-date-fields.ts';
import { downloadText } from '../calculators/browser.ts';
import { useCalculatorShell } from '../calculators/shell.ts';
import { readToday, useToday } from '../calculators/today.ts';
import { useOnDemand } from '../calculators/on-demand.ts';
import { DateInput, type DateParts } from '../calculators/DateInput.tsx';
import { ErrorSummary, type FieldError } from '../calculators/ErrorSummary.tsx';
import { PickerSlot, usePickerLoader } from './lazy-picker.tsx';
import { type MedicinePick, pickedIds } from './picks.ts';
import { EMPTY_PRESCRIBER_INPUT, PrescriberDaysFields, type PrescriberDaysInput, type PrescriberFieldError } from './PrescriberDaysFields.tsx';
import type { MedicationKey, MedicationStrings, PageMedicationStrings } from './strings.ts';
import type { LetterSettings } from './letter.ts';
import { isPrescriberGated } from '../../lib/rules/medication/prescriber-gated.ts';

interface Props {
	/** The page's language code (`en`) and BCP 47 tag (`en-GB`). */
	lang: string;
	tag: string;
	/** Its words, less the answer's: those come with the picker's data (./strings.ts). */
	strings: PageMedicationStrings;
	/**
	 * The island's `picker` slot: the medicine picker as the page rendered it at build time. The
	 * picker's code and the clinic's medicine rules load when the patient reaches for it (./lazy-picker.tsx).
	 */
	picker?: ComponentChildren;
	phone: string;
	/** The clinic's web domain, for calendar event ids. */
	domain: string;
	/** When the clinic is open (weekdays, holidays, closures): flags a treatment date on a closed day, and says on a too-late answer when to call. */
	clinicDays?: ClinicDays | undefined;
	/** The last day the page knows the clinic's closed days for; a treatment date past it says to check with the clinic. */
	closedUntil: IsoDate;
	/** The prescriber's letter (clinic.yaml `letters`): the clinic's name and own sentence; left out when the clinic turned it off. */
	letter?: LetterSettings | undefined;
}

type Pick = MedicinePick;

const DATE_ID = 'treatment-date';
/** The medicine search box: the page renders the picker around it at build time. */
export const FIND_ID = 'medicine-find';
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/**
 * The medication-date calculator. Thin: it reads the inputs, asks the rules in src/lib, and shows
 * the answer. Nothing typed leaves the device; a shared link keeps the inputs in the fragment.
 */
/**
 * The prescriber's days as the rules take them, and the field at fault with its message. A
 * last-dose date becomes days before the treatment date (./last-dose.ts); it waits for all three
 * boxes, and for a treatment date to count from.
 */
function readPrescriberDays(
	inputs: Readonly<Record<string, PrescriberDaysInput>>,
	agreed: readonly string[],
	treatmentDate: IsoDate | undefined,
	t: (key: MedicationKey, vars?: Record<string, string>) => string,
	tag: string,
) {
	const days: Record<string, PrescriberDays> = {};
	const errors: Record<string, PrescriberFieldError> = {};
	const whole = (text: string) => (/^\s*\d{1,2}\s*$/.test(text) ? Number(text) : undefined);
	const numberError = t('medication.prescriber.error');
	for (const id of agreed) {
		const input = inputs[id];
		if (input === undefined) continue;
		let before: number | undefined;
		if (input.mode === 'date') {
			const { day, month, year } = input.date;
			if ([day, month, year].some((part) => part.trim() === '')) continue;
			const parsed = parseDateParts(input.date);
			if (!parsed.ok) {
				const raw = t(`calc.dateError.${parsed.error}`, { field: t('medication.prescriber.lastDoseField') });
				errors[id] = { field: 'date', message: raw.charAt(0).toLocaleUpperCase(tag) + raw.slice(1), dateFields: parsed.fields };
				continue;
			}
			if (treatmentDate === undefined) continue;
			before = daysBeforeFromLastDose(treatmentDate, parsed.date);
			if (before < 0 || before > 30) {
				errors[id] = { field: 'date', message: t(before < 0 ? 'medication.prescriber.lastDoseNotBefore' : 'medication.prescriber.lastDoseTooEarly') };
				continue;
			}
		} else {
			if (input.before.trim() === '') continue;
			before = whole(input.before);
			if (before === undefined || before > 30) {
				errors[id] = { field: 'before', message: numberError };
				continue;
			}
		}
		const after = input.after.trim() === '' ? null : whole(input.after);
		if (after === undefined || after === 0) errors[id] = { field: 'after', message: numberError };
		else days[id] = { daysBefore: before, restartDaysAfter: after };
	}
	return { days, errors };
}

export default function MedicationCalculator({ lang, tag, strings, picker, phone, domain, clinicDays, closedUntil, letter }: Props) {
	// The answer's components load beside the picker, which any answer needs first (./answer-view.ts).
	const answer = useOnDemand(() => import('./answer-view.ts'));
	const medicines = usePickerLoader(lang, 'notes', () => void answer.load());
	const Answer = answer.module;
	const loaded = medicines.loaded;
	const rules = loaded?.rules;
	// No answer or submit error comes before the picker's data, which brings the answer's words.
	const words = { ...strings, ...loaded?.strings } as MedicationStrings;
	// Every sentence starts with a capital in the language's casing, also when it opens with a name.
	const t = (key: MedicationKey, vars?: Record<string, string | number>) => capitalise(fill(words[key], vars), tag);
	const [date, setDate] = useState<DateParts>(EMPTY_DATE);
	const [picks, setPicks] = useState<Pick[]>([]);
	const [agreed, setAgreed] = useState<string[]>([]);
	const [prescriberInputs, setPrescriberInputs] = useState<Record<string, PrescriberDaysInput>>({});
	const [query, setQuery] = useState('');
	const [errors, setErrors] = useState<FieldError[]>([]);
	const [dateError, setDateError] = useState<{ message: string; fields: ('day' | 'month' | 'year')[] } | undefined>();
	const [submitted, setSubmitted] = useState<{ treatmentDate: IsoDate; today: IsoDate } | undefined>();
	const today = useToday();

	const prescriber = useMemo(
		() => readPrescriberDays(prescriberInputs, agreed, submitted?.treatmentDate, t, tag),
		[prescriberInputs, agreed, submitted, strings, tag],
	);
	// Removing every medicine removes the answer: there is nothing left to answer for.
	const plan = useMemo(
		() =>
			submitted && picks.length > 0 && rules
				? planHold({
						...submitted,
						today,
						...pickedIds(picks),
						prescriberAgreed: agreed,
						prescriberDays: prescriber.days,
						rules,
					})
				: undefined,
		[submitted, today, picks, agreed, prescriber, rules],
	);
	// An answer that came before the form was touched (a shared link) fetches its components now.
	useEffect(() => {
		if (plan?.ok) void answer.load();
	}, [plan?.ok]);

	const shell = useCalculatorShell({
		t,
		fragment:
			plan?.ok && submitted
				? encodeHoldFragment({
						treatmentDate: submitted.treatmentDate,
						...pickedIds(picks),
						// The link never carries the prescriber's agreement: whoever opens it confirms again.
						prescriberAgreed: [],
						names: Object.fromEntries(picks.flatMap((pick) => (pick.name ? [[pick.id, pick.name]] : []))),
						prescriberDays: prescriber.days,
					})
				: undefined,
		answer: plan?.ok && Answer ? plan : undefined,
		chosen: picks.map((pick) => labelOf(pick)),
		hasErrors: errors.length > 0,
		restore,
	});

	/** How the patient sees a pick named ("Brufen (ibuprofen)"); there are picks only once the picker has loaded. */
	function labelOf(pick: { selection: 'medicine' | 'group'; id: string; name?: string | undefined }) {
		return loaded ? loaded.pickLabel(loaded.rules, pick, lang) : pick.id;
	}
	/** The same name inside a sentence: a group's name starts lower case there (names.ts, `pickName`). */
	function nameOf(pick: { selection: 'medicine' | 'group'; id: string; name?: string | undefined }) {
		return loaded ? loaded.pickName(loaded.rules, pick, lang) : pick.id;
	}

	// A link or a submit that needs the picker waits for it, then runs with the state it left.
	const latest = useRef({ restore, submit: () => submit(date, picks) });
	latest.current = { restore, submit: () => submit(date, picks) };

	/** Puts a shared link's inputs into the fields and shows its answer. */
	function restore(hash: string) {
		if (!rules) {
			if (parseFragmentParams(hash).size > 0) void medicines.load().then(() => latest.current.restore(hash));
			return;
		}
		const shared = decodeHoldFragment(hash, rules);
		const restored: Pick[] = [
			...shared.medicineIds.map((id) => ({ selection: 'medicine' as const, id, name: shared.names?.[id] })),
			...shared.groupIds.map((id) => ({ selection: 'group' as const, id })),
		];
		const fromLink = linkDate(parseFragmentParams(hash).get('t'));
		const unread = shared.unread ?? [];
		if (restored.length === 0 && !fromLink && unread.length === 0) return;
		// A medicine the page does not know stays in the search box, with a message: never dropped unseen.
		if (unread.length > 0) setQuery(unread.join(', '));
		setPicks(restored);
		// The link never carries the agreement: the reader ticks it again; the prescriber's days wait for it.
		setPrescriberInputs(
			Object.fromEntries(
				Object.entries(shared.prescriberDays ?? {}).map(([id, days]) => [
					id,
					{ ...EMPTY_PRESCRIBER_INPUT, mode: 'days', before: String(days.daysBefore), after: days.restartDaysAfter == null ? '' : String(days.restartDaysAfter) },
				]),
			),
		);
		// The date as the link wrote it, even 30 February or a time. A link with a date alone (the
		// clinic's slip) fills the date in and waits for the medicines; a date the link wrote wrongly,
		// or a medicine the page does not know, is said at once.
		if (fromLink) setDate(fromLink.parts);
		if ((fromLink && (restored.length > 0 || !fromLink.asWritten)) || unread.length > 0) submit(fromLink?.parts ?? EMPTY_DATE, restored, fromLink, unread);
	}

	/** "Show my dates" with a medicine typed but not added: add the one exact match, or say which button to press. */
	function addTyped(chosen: Pick[]): { picks: Pick[]; error?: string } {
		if (query.trim() === '' || !loaded) return { picks: chosen };
		const matches = loaded.findMedicines(query, loaded.rules.medicines, { language: lang, limit: 8 });
		const choice = loaded.choiceOnEnter(matches, { exactOnly: true });
		if (choice.key === 'add') {
			const pick = { selection: 'medicine' as const, id: choice.match.medicineId, name: choice.match.name };
			setQuery('');
			return { picks: chosen.some((p) => p.selection === 'medicine' && p.id === pick.id) ? chosen : [...chosen, pick] };
		}
		const [only] = matches;
		if (matches.length === 1 && only) {
			return { picks: chosen, error: t('medication.error.pressAdd', { button: capitalise(fill(loaded.strings['medication.find.add'], { name: labelOf({ selection: 'medicine', id: only.medicineId, name: only.name }) }), tag) }) };
		}
		return { picks: chosen, error: matches.length === 0 ? t('medication.error.notFound', { query: query.trim(), phone }) : t('medication.error.pressOne') };
	}

	/**
	 * `fromLink`: the date as a shared link wrote it; one not written as the site writes dates is
	 * said at the field. `unread`: medicines the link named that the page does not know.
	 */
	function submit(parts: DateParts, typed: Pick[], fromLink?: LinkDate, unread: readonly string[] = []) {
		const today = readToday();
		const added = unread.length > 0 ? { picks: typed, error: t('calc.linkUnknown', { names: unread.join(', ') }) } : addTyped(typed);
		const chosen = added.picks;
		if (chosen !== typed) setPicks(chosen);
		const field = strings['medication.treatmentDate.field'];
		const parsed = readDateFields(parts, today, fromLink);
		const found: FieldError[] = [];
		if (!parsed.ok) {
			const message = t(`calc.dateError.${parsed.error}`, { field, value: fromLink?.text ?? '' });
			found.push({ field: parsed.fields[0] === 'day' || parsed.fields.length === 3 ? DATE_ID : `${DATE_ID}-${parsed.fields[0]}`, message });
			setDateError({ message, fields: [...parsed.fields] });
		} else {
			setDateError(undefined);
		}
		if (added.error) found.push({ field: FIND_ID, message: added.error });
		else if (chosen.length === 0) found.push({ field: FIND_ID, message: t('medication.error.noMedicine') });
		setErrors(found);
		if (found.length > 0 || !parsed.ok) {
			setSubmitted(undefined);
			return;
		}
		shell.focusAnswer();
		setSubmitted({ treatmentDate: parsed.date, today });
	}

	const labelOfItem = (item: HoldItem) => labelOf(picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item);
	const nameOfItem = (item: HoldItem) => nameOf(picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item);
	// A combination product says which ingredient puts it in its group: "contains aspirin".
	const containsOfItem = (item: HoldItem) => {
		const contains = item.medicineId === null ? undefined : rules?.medicines.find((m) => m.id === item.medicineId)?.contains;
		const group = rules?.groups.find((g) => g.id === item.groupId);
		return contains && group ? t('medication.result.contains', { ingredient: localized(contains, lang), group: localized(group.name, lang) }) : undefined;
	};
	const noteOfItem = (item: HoldItem) => {
		const group = rules?.groups.find((g) => g.id === item.groupId);
		return group ? localized(group.note, lang) : '';
	};

	/** The letter for one prescriber-gated item: the date and this medicine in the link, never the agreement. */
	const letterFor = (item: HoldItem) =>
		letter &&
		submitted &&
		rules &&
		Answer &&
		isPrescriberGated(rules, item.groupId) && (
			<Answer.LetterButton
				label={t('calc.letter')}
				failed={t('calc.letterFailed')}
				letter={() => {
					const pick = picks.find((p) => p.selection === item.selection && p.id === item.id);
					const fragment = encodeHoldFragment({
						treatmentDate: submitted.treatmentDate,
						medicineIds: item.selection === 'medicine' ? [item.id] : [],
						groupIds: item.selection === 'group' ? [item.id] : [],
						prescriberAgreed: [],
						names: pick?.name ? { [item.id]: pick.name } : {},
					});
					return { lang, tag, clinic: letter.clinic, phone, note: letter.note, dates: [submitted.treatmentDate], medicine: labelOfItem(item), link: location.origin + location.pathname + fragment };
				}}
			/>
		);

	async function downloadCalendar() {
		if (!plan?.ok) return;
		// The calendar file's code loads when it is asked for, not with the page.
		const [{ holdEvents }, { buildCalendar }] = await Promise.all([import('../../lib/rules/medication/hold-events.ts'), import('../../lib/rules/calendar-file/ics.ts')]);
		const labelOf = (item: HoldItem) => labelOfItem(item);
		const events = holdEvents(
			plan,
			{
				treatment: { summary: t('medication.ics.treatment') },
				// Dates from a prescriber say so in the calendar too, so no one mistakes them for the clinic's rule.
				lastDose: (item) => ({
					summary: t('medication.ics.lastDose', { name: labelOf(item) }),
					...(item.source === 'prescriber' ? { description: t('medication.ics.prescriber') } : {}),
					reminder: t('medication.ics.reminder', { name: labelOf(item) }),
				}),
				freeDays: (item) => ({
					summary: t('medication.ics.free', { name: labelOf(item) }),
					description: item.source === 'prescriber' ? `${t('medication.ics.prescriber')} ${noteOfItem(item)}` : noteOfItem(item),
				}),
				restart: (item) => ({
					summary: t('medication.ics.restart', { name: labelOf(item) }),
					...(item.source === 'prescriber' ? { description: t('medication.ics.prescriber') } : {}),
				}),
			},
			{ uidDomain: domain },
		);
		downloadText('medication-dates.ics', buildCalendar(events, { dtstamp: Date.now(), name: t('medication.result.title') }), 'text/calendar');
	}


	return (
		<div class="calculator" ref={shell.root}>
			<form
				method="dialog"
				class={plan?.ok ? 'no-print' : undefined}
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					// No answer or error without the picker (a name typed is looked up in it, and it
					// shows its own field's error): a submit before it arrived waits for it.
					if (medicines.defer(() => latest.current.submit(), true)) return;
					submit(date, picks);
				}}
			>
				<ErrorSummary title={t('calc.errorSummaryTitle')} errors={errors} />
				<DateInput
					id={DATE_ID}
					legend={t('medication.treatmentDate.legend')}
					hint={t('calc.date.hint')}
					labels={{ day: t('calc.date.day'), month: t('calc.date.month'), year: t('calc.date.year') }}
					value={date}
					onInput={(value) => {
						// A changed date hides the answer for the old one until the new one is asked for.
						setDate(value);
						setSubmitted(undefined);
					}}
					error={dateError && { ...dateError, prefix: t('calc.error') }}
				/>

				<PickerSlot
					loader={medicines}
					props={{
						id: FIND_ID,
						lang,
						phone,
						picks,
						onPicks: setPicks,
						agreed,
						onAgreed: setAgreed,
						afterAgreed: (id) => (
							<PrescriberDaysFields
								id={id}
								values={prescriberInputs}
								onChange={(pickId, value) => setPrescriberInputs({ ...prescriberInputs, [pickId]: value })}
								errors={prescriber.errors}
								strings={strings}
							/>
						),
						query,
						onQuery: setQuery,
						error: errors.find((e) => e.field === FIND_ID)?.message,
					}}
				>
					{picker}
				</PickerSlot>

				<button type="submit" class="button">
					{t('medication.submit')}
				</button>
			</form>

			{plan?.ok && Answer && (
				<section class="result" aria-labelledby="result-title">
					<h2 id="result-title" tabIndex={-1} ref={shell.heading}>
						{t('medication.result.title')}
					</h2>
					{submitted && submitted.treatmentDate > closedUntil && (
						<p class="result__closed">
							<strong>{t('calc.closedDaysEnd', { date: formatDate(closedUntil, tag, 'long') })}</strong>
						</p>
					)}
					{clinicDays && submitted && !isClinicOpen(submitted.treatmentDate, clinicDays) && (
						<p class="result__closed">
							<strong>{t('medication.result.closedDay')}</strong>
						</p>
					)}
					<div class="result__plan">
						<Answer.HoldResult plan={plan} clinicToday={clinicOnDay(plan.today, clinicDays)} labelOf={labelOfItem} nameOf={nameOfItem} noteOf={noteOfItem} containsOf={containsOfItem} strings={words} tag={tag} phone={phone} after={letterFor} />
					</div>
					<Answer.TakeItWithYou
						t={t}
						onDownload={downloadCalendar}
						shareUrl={shell.shareUrl}
					/>
				</section>
			)}
		</div>
	);
}
