import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill.ts';
import { buildCalendar } from '../../lib/calendar-file/ics.ts';
import { toDateParts, type IsoDate } from '../../lib/dates/iso-date.ts';
import { parseDateParts } from '../../lib/dates/parse-date-input.ts';
import { findMedicines } from '../../lib/medication/find-medicines.ts';
import { holdEvents } from '../../lib/medication/hold-events.ts';
import { planHold, type HoldItem } from '../../lib/medication/plan-hold.ts';
import type { MedicationRules } from '../../lib/medication/types.ts';
import { decodeHoldFragment, encodeHoldFragment } from '../../lib/share/fragment.ts';
import { copyText, downloadText, localToday } from '../calculators/browser.ts';
import { DateInput, type DateParts } from '../calculators/DateInput.tsx';
import { ErrorSummary, type FieldError } from '../calculators/ErrorSummary.tsx';
import { HoldResult } from './HoldResult.tsx';
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
}

interface Pick {
	selection: 'medicine' | 'group';
	id: string;
	/** The name the patient found it by, e.g. "Brufen". */
	name?: string | undefined;
}

const DATE_ID = 'treatment-date';
const FIND_ID = 'medicine-find';
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/**
 * The medication-date calculator. Thin: it reads the inputs, asks the rules in src/lib, and shows
 * the answer. Nothing typed leaves the device; a shared link keeps the inputs in the fragment.
 */
export default function MedicationCalculator({ lang, tag, strings, rules, phone, domain }: Props) {
	const t = (key: MedicationKey, vars?: Record<string, string | number>) => fill(strings[key], vars);
	const [date, setDate] = useState<DateParts>(EMPTY_DATE);
	const [query, setQuery] = useState('');
	const [picks, setPicks] = useState<Pick[]>([]);
	const [agreed, setAgreed] = useState<string[]>([]);
	const [errors, setErrors] = useState<FieldError[]>([]);
	const [dateError, setDateError] = useState<{ message: string; fields: ('day' | 'month' | 'year')[] } | undefined>();
	const [submitted, setSubmitted] = useState<{ treatmentDate: IsoDate; today: IsoDate } | undefined>();
	const [shareUrl, setShareUrl] = useState<string | undefined>();
	const [copied, setCopied] = useState(false);
	const resultHeading = useRef<HTMLHeadingElement>(null);
	const focusResult = useRef(false);

	const matches = useMemo(() => findMedicines(query, rules.medicines, { language: lang, limit: 8 }), [query, rules, lang]);
	const plan = useMemo(
		() =>
			submitted &&
			planHold({
				...submitted,
				medicineIds: picks.filter((p) => p.selection === 'medicine').map((p) => p.id),
				groupIds: picks.filter((p) => p.selection === 'group').map((p) => p.id),
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
				medicineIds: picks.filter((p) => p.selection === 'medicine').map((p) => p.id),
				groupIds: picks.filter((p) => p.selection === 'group').map((p) => p.id),
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
		setCopied(false);
		if (found.length > 0 || !parsed.ok) {
			setSubmitted(undefined);
			return;
		}
		focusResult.current = true;
		setSubmitted({ treatmentDate: parsed.date, today });
	}

	function add(pick: Pick) {
		if (!picks.some((p) => p.selection === pick.selection && p.id === pick.id)) setPicks([...picks, pick]);
		setQuery('');
		document.getElementById(FIND_ID)?.focus();
	}

	function remove(pick: Pick) {
		setPicks(picks.filter((p) => !(p.selection === pick.selection && p.id === pick.id)));
		setAgreed(agreed.filter((id) => id !== pick.id));
	}

	function toggleGroup(id: string, on: boolean) {
		if (on) add({ selection: 'group', id });
		else remove({ selection: 'group', id });
	}

	const needsAgreement = (pick: Pick) => {
		const groupId = pick.selection === 'group' ? pick.id : rules.medicines.find((m) => m.id === pick.id)?.group;
		const group = rules.groups.find((g) => g.id === groupId);
		return group?.kind === 'stopBefore' && group.needsPrescriberAgreement;
	};
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

	async function copyLink() {
		if (!shareUrl) return;
		setCopied(await copyText(shareUrl));
	}

	const groupPicked = (id: string) => picks.some((p) => p.selection === 'group' && p.id === id);
	const findStatus = query.trim() === '' ? '' : matches.length === 0 ? t('medication.find.none') : matches.length === 1 ? t('medication.find.one') : t('medication.find.many', { count: matches.length });

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

				<div class={`form-group${errors.some((e) => e.field === FIND_ID) ? ' form-group--error' : ''}`}>
					<label class="label label--bold" for={FIND_ID}>
						{t('medication.find.label')}
					</label>
					<div class="hint" id={`${FIND_ID}-hint`}>
						{t('medication.find.hint')}
					</div>
					{errors.some((e) => e.field === FIND_ID) && (
						<p class="error-message" id={`${FIND_ID}-error`}>
							<span class="visually-hidden">{t('calc.error')}</span> {t('medication.error.noMedicine')}
						</p>
					)}
					<input
						class="input"
						id={FIND_ID}
						type="search"
						autoComplete="off"
						spellcheck={false}
						value={query}
						aria-describedby={`${FIND_ID}-hint ${FIND_ID}-status${errors.some((e) => e.field === FIND_ID) ? ` ${FIND_ID}-error` : ''}`}
						onInput={(event) => setQuery(event.currentTarget.value)}
						onKeyDown={(event) => {
							if (event.key === 'Enter') {
								event.preventDefault();
								const first = matches[0];
								if (first) add({ selection: 'medicine', id: first.medicineId, name: first.name });
							}
						}}
					/>
					<p class="hint find-status" id={`${FIND_ID}-status`} aria-live="polite">
						{findStatus}
					</p>
					{matches.length > 0 && (
						<ul class="find-results">
							{matches.map((match) => {
								const label = pickLabel(rules, { selection: 'medicine', id: match.medicineId, name: match.name }, lang);
								return (
									<li key={match.medicineId}>
										<button type="button" class="button button--secondary" onClick={() => add({ selection: 'medicine', id: match.medicineId, name: match.name })}>
											{t('medication.find.add', { name: label })}
										</button>
									</li>
								);
							})}
						</ul>
					)}
				</div>

				<details class="details">
					<summary>{t('medication.groups.legend')}</summary>
					<fieldset class="fieldset" aria-describedby="groups-hint">
						<legend class="visually-hidden">{t('medication.groups.legend')}</legend>
						<div class="hint" id="groups-hint">
							{t('medication.groups.hint')}
						</div>
						{rules.groups.map((group) => (
							<div class="checkbox" key={group.id}>
								<input
									type="checkbox"
									id={`group-${group.id}`}
									checked={groupPicked(group.id)}
									onChange={(event) => toggleGroup(group.id, event.currentTarget.checked)}
								/>
								<label for={`group-${group.id}`}>{localized(group.name, lang)}</label>
							</div>
						))}
					</fieldset>
				</details>

				<h2 class="chosen-title">{t('medication.chosen.title')}</h2>
				{picks.length === 0 ? (
					<p class="hint">{t('medication.chosen.none')}</p>
				) : (
					<ul class="chosen">
						{picks.map((pick) => {
							const label = pickLabel(rules, pick, lang);
							return (
								<li key={`${pick.selection}-${pick.id}`} class="chosen__item">
									<span class="chosen__name">{label}</span>
									<button type="button" class="link-button" onClick={() => remove(pick)}>
										{t('medication.chosen.remove', { name: label })}
									</button>
									{needsAgreement(pick) && (
										<div class="checkbox">
											<input
												type="checkbox"
												id={`agreed-${pick.id}`}
												checked={agreed.includes(pick.id)}
												onChange={(event) =>
													setAgreed(event.currentTarget.checked ? [...agreed, pick.id] : agreed.filter((id) => id !== pick.id))
												}
											/>
											<label for={`agreed-${pick.id}`}>{t('medication.agreed')}</label>
										</div>
									)}
								</li>
							);
						})}
					</ul>
				)}

				<button type="submit" class="button">
					{t('medication.submit')}
				</button>
			</form>

			{plan?.ok && (
				<div class="result" aria-labelledby="result-title">
					<h2 id="result-title" tabIndex={-1} ref={resultHeading}>
						{t('medication.result.title')}
					</h2>
					<div class="result__plan">
						<HoldResult plan={plan} labelOf={labelOfItem} noteOf={noteOfItem} strings={strings} tag={tag} phone={phone} />
					</div>
					<h2 class="no-print">{t('calc.takeWithYou')}</h2>
					<div class="take-away no-print">
						<p>
							<button type="button" class="button button--secondary" onClick={downloadCalendar} aria-describedby="download-hint">
								{t('calc.download')}
							</button>
							<span class="hint" id="download-hint">
								{t('calc.downloadHint')}
							</span>
						</p>
						<p>
							<button type="button" class="button button--secondary" onClick={() => print()}>
								{t('calc.print')}
							</button>
						</p>
						<p>
							<button type="button" class="button button--secondary" onClick={() => void copyLink()}>
								{t('calc.copyLink')}
							</button>
						</p>
						{shareUrl && (
							<div class="form-group">
								<label class="label" for="share-link">
									{t('calc.linkLabel')}
								</label>
								<input class="input" id="share-link" type="text" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
								<p class="hint" aria-live="polite">
									{copied ? t('calc.linkCopied') : ''}
								</p>
							</div>
						)}
					</div>
				</div>
			)}
		</div>
	);
}
