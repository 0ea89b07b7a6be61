import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill.ts';
import { buildCalendar } from '../../lib/calendar-file/ics.ts';
import { toDateParts, type IsoDate } from '../../lib/dates/iso-date.ts';
import { parseDateParts } from '../../lib/dates/parse-date-input.ts';
import { holdEvents } from '../../lib/medication/hold-events.ts';
import { planHold, type HoldItem } from '../../lib/medication/plan-hold.ts';
import type { MedicationRules } from '../../lib/medication/types.ts';
import { isClinicOpen, type ClinicDays } from '../../lib/planner/open-days.ts';
import { decodeHoldFragment, encodeHoldFragment } from '../../lib/share/fragment.ts';
import { downloadText, localToday } from '../calculators/browser.ts';
import { TakeItWithYou } from '../calculators/TakeItWithYou.tsx';
import { DateInput, type DateParts } from '../calculators/DateInput.tsx';
import { ErrorSummary, type FieldError } from '../calculators/ErrorSummary.tsx';
import { HoldResult } from './HoldResult.tsx';
import { MedicinePicker, type MedicinePick, pickedIds } from './MedicinePicker.tsx';
import { localized, pickLabel } from './names.ts';
import type { MedicationKey, MedicationStrings } from './strings.ts';

interface Props {
	/** The page's language code (`en`) and BCP 47 tag (`en-GB`). */
	lang: string;
	tag: string;
	strings: MedicationStrings;
	/** The clinic's rules, validated at build time. */
	rules: MedicationRules;
	phone: string;
	/** The clinic's web domain, for calendar event ids. */
	domain: string;
	/** When the clinic is open (weekdays, holidays, closures), to flag a treatment date on a closed day. */
	clinicDays?: ClinicDays | undefined;
}

type Pick = MedicinePick;

const DATE_ID = 'treatment-date';
const FIND_ID = 'medicine-find';
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/**
 * The medication-date calculator. Thin: it reads the inputs, asks the rules in src/lib, and shows
 * the answer. Nothing typed leaves the device; a shared link keeps the inputs in the fragment.
 */
export default function MedicationCalculator({ lang, tag, strings, rules, phone, domain, clinicDays }: Props) {
	const t = (key: MedicationKey, vars?: Record<string, string | number>) => fill(strings[key], vars);
	const [date, setDate] = useState<DateParts>(EMPTY_DATE);
	const [picks, setPicks] = useState<Pick[]>([]);
	const [agreed, setAgreed] = useState<string[]>([]);
	const [errors, setErrors] = useState<FieldError[]>([]);
	const [dateError, setDateError] = useState<{ message: string; fields: ('day' | 'month' | 'year')[] } | undefined>();
	const [submitted, setSubmitted] = useState<{ treatmentDate: IsoDate; today: IsoDate } | undefined>();
	const [shareUrl, setShareUrl] = useState<string | undefined>();
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const focusResult = useRef(false);

	const plan = useMemo(
		() =>
			submitted &&
			planHold({
				...submitted,
				...pickedIds(picks),
				prescriberAgreed: agreed,
				rules,
			}),
		[submitted, picks, agreed, rules],
	);

	useEffect(() => {
		const shared = decodeHoldFragment(location.hash, rules);
		const restored: Pick[] = [
			...shared.medicineIds.map((id) => ({ selection: 'medicine' as const, id })),
			...shared.groupIds.map((id) => ({ selection: 'group' as const, id })),
		];
		if (restored.length === 0 && !shared.treatmentDate) return;
		setPicks(restored);
		setAgreed([...shared.prescriberAgreed]);
		if (shared.treatmentDate) {
			const parts = toDateParts(shared.treatmentDate);
			const restoredDate = { day: String(parts.day), month: String(parts.month), year: String(parts.year) };
			setDate(restoredDate);
			submit(restoredDate, restored);
		}
	}, []);

	useEffect(() => {
		if (plan?.ok && submitted) {
			const fragment = encodeHoldFragment({
				treatmentDate: submitted.treatmentDate,
				...pickedIds(picks),
				prescriberAgreed: agreed,
			});
			history.replaceState(null, '', fragment);
			setShareUrl(location.href);
		}
		if (plan && focusResult.current) {
			focusResult.current = false;
			resultHeading.current?.focus();
		}
	}, [plan]);

	function submit(parts: DateParts, chosen: Pick[]) {
		const today = localToday();
		const field = t('medication.treatmentDate.field');
		const parsed = parseDateParts(parts, { today, maxDaysAhead: 365 });
		const found: FieldError[] = [];
		if (!parsed.ok) {
			const raw = t(`calc.dateError.${parsed.error}`, { field });
			const message = raw.charAt(0).toLocaleUpperCase(tag) + raw.slice(1);
			found.push({ field: parsed.fields[0] === 'day' || parsed.fields.length === 3 ? DATE_ID : `${DATE_ID}-${parsed.fields[0]}`, message });
			setDateError({ message, fields: [...parsed.fields] });
		} else {
			setDateError(undefined);
		}
		if (chosen.length === 0) found.push({ field: FIND_ID, message: t('medication.error.noMedicine') });
		setErrors(found);
		if (found.length > 0 || !parsed.ok) {
			setSubmitted(undefined);
			return;
		}
		focusResult.current = true;
		setSubmitted({ treatmentDate: parsed.date, today });
	}

	const labelOfItem = (item: HoldItem) => pickLabel(rules, picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item, lang);
	const noteOfItem = (item: HoldItem) => {
		const group = rules.groups.find((g) => g.id === item.groupId);
		return group ? localized(group.note, lang) : '';
	};

	function downloadCalendar() {
		if (!plan?.ok) return;
		const labelOf = (item: HoldItem) => labelOfItem(item);
		const events = holdEvents(
			plan,
			{
				treatment: { summary: t('medication.ics.treatment') },
				lastDose: (item) => ({
					summary: t('medication.ics.lastDose', { name: labelOf(item) }),
					reminder: t('medication.ics.reminder', { name: labelOf(item) }),
				}),
				freeDays: (item) => ({ summary: t('medication.ics.free', { name: labelOf(item) }), description: noteOfItem(item) }),
				restart: (item) => ({ summary: t('medication.ics.restart', { name: labelOf(item) }) }),
			},
			{ uidDomain: domain },
		);
		downloadText('medication-dates.ics', buildCalendar(events, { dtstamp: new Date(), name: t('medication.result.title') }), 'text/calendar');
	}


	return (
		<div class="calculator">
			<form
				class={plan?.ok ? 'no-print' : undefined}
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
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
					onInput={setDate}
					error={dateError && { ...dateError, prefix: t('calc.error') }}
				/>

				<MedicinePicker
					id={FIND_ID}
					lang={lang}
					strings={strings}
					rules={rules}
					picks={picks}
					onPicks={setPicks}
					agreed={agreed}
					onAgreed={setAgreed}
					error={errors.some((e) => e.field === FIND_ID) ? t('medication.error.noMedicine') : undefined}
				/>

				<button type="submit" class="button">
					{t('medication.submit')}
				</button>
			</form>

			{plan?.ok && (
				<div class="result" aria-labelledby="result-title">
					<h2 id="result-title" tabIndex={-1} ref={resultHeading}>
						{t('medication.result.title')}
					</h2>
					{clinicDays && submitted && !isClinicOpen(submitted.treatmentDate, clinicDays) && (
						<p class="result__closed">
							<strong>{t('medication.result.closedDay')}</strong>
						</p>
					)}
					<div class="result__plan">
						<HoldResult plan={plan} labelOf={labelOfItem} noteOf={noteOfItem} strings={strings} tag={tag} phone={phone} />
					</div>
					<TakeItWithYou
						t={t}
						onDownload={downloadCalendar}
						shareUrl={shareUrl}
					/>
				</div>
			)}
		</div>
	);
}
