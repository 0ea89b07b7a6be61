import { useMemo, useRef, useState } from 'preact/hooks';
import { capitalise, fill } from '../../i18n/fill.ts';
import { formatDate, formatDuration, formatList } from '../../i18n/format-date.ts';
import { pluralKey } from '../../i18n/plural.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { LinkDate } from '../../lib/rules/share/link-date.ts';
import { readDateFields } from '../calculators/read-date-fields.ts';
import type { HoldItem } from '../../lib/rules/medication/plan-hold.ts';
import { planCourse, type CourseInputError, type CourseSuggestion, type MoveToOpenDay, type PlannedSession } from '../../lib/rules/planner/plan-course.ts';
import type { PlannerSettings } from '../../lib/rules/planner/types.ts';
import { decodeCourseFragment, encodeCourseFragment, typedCourseFields } from '../../lib/rules/share/course-fragment.ts';
import { parseFragmentParams } from '../../lib/rules/share/fragment-params.ts';
import { downloadText } from '../calculators/browser.ts';
import { useCalculatorShell } from '../calculators/shell.ts';
import { readToday, useToday } from '../calculators/today.ts';
import { useOnDemand } from '../calculators/on-demand.ts';
import { DateInput, type DateParts } from '../calculators/DateInput.tsx';
import { ErrorSummary, type FieldError } from '../calculators/ErrorSummary.tsx';
import { LetterButton } from '../printout/LetterButton.tsx';
import type { LetterSettings } from '../medication/letter.ts';
import { isPrescriberGated } from '../../lib/rules/medication/prescriber-gated.ts';
import { PickerSlot, usePickerLoader } from '../medication/lazy-picker.tsx';
import { type MedicinePick, pickedIds } from '../medication/picks.ts';
import { localized } from '../../lib/rules/localized-text.ts';
import { planSentences } from './plan-sentences.ts';
import { sessionHeadingId } from './ids.ts';
import { plannerWords } from 'virtual:clinic/planner-words';
import type { PagePlannerStrings, PlannerKey, PlannerStrings } from './strings.ts';

interface Props {
	/** The page's language code (`en`) and BCP 47 tag (`en-GB`). */
	lang: string;
	tag: string;
	/** Its words, less the answer's: those come with the answer's components (./strings.ts). */
	strings: PagePlannerStrings;
	/** The clinic's planner rules, from clinic.yaml, validated at build time. */
	settings: PlannerSettings;
	phone: string;
	/** The clinic's web domain, for calendar event ids. */
	domain: string;
	/** The fee for one session, when the clinic has set one. */
	price?: { amount: number; currency: string } | undefined;
	/** Where the "exercise programme starts" line links: the clinic's exercise sheet(s). */
	exercise?: { href: string; text: string } | undefined;
	/** The last day the page knows the clinic's closed days for; a plan past it says to check with the clinic. */
	closedUntil: IsoDate;
	/** The prescriber's letter (clinic.yaml `letters`); left out when the clinic turned it off. */
	letter?: LetterSettings | undefined;
	/** The before-treatment pack, which prints these session dates with the guides (its link takes the plan's fragment). */
	pack?: { href: string; text: string } | undefined;
}

const DATE_ID = 'first-session';
const SESSIONS_ID = 'sessions';
const WEEKS_ID = 'weeks-between';
const FIND_ID = 'planner-medicine-find';
const SUMMARY_ID = 'result-summary';
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** Focuses an element once Preact has rendered the change (its renders run on a microtask). */
const focusAfterRender = (id: string) => setTimeout(() => document.getElementById(id)?.focus());

type Submitted = { firstSession: IsoDate; today: IsoDate; sessions: string; weeksBetween: string };

/**
 * The session planner. Thin: it reads the inputs, asks the rules in src/lib (planCourse), and
 * shows the answer. Nothing typed leaves the device; a shared link keeps the inputs in the fragment.
 */
export default function PlannerCalculator({ lang, tag, strings, settings, phone, domain, price, exercise, closedUntil, letter, pack }: Props) {
	const medicinePicker = usePickerLoader(lang, 'plain');
	// The answer's components load at the first touch of the form (./result-view.ts).
	const view = useOnDemand(() =>
		Promise.all([import('./result-view.ts'), plannerWords[lang]?.() ?? Promise.reject(new Error(`No planner words for ${lang}`))]).then(([components, { default: answerWords }]) => ({ ...components, answerWords })),
	);
	const View = view.module;
	const loaded = medicinePicker.loaded;
	const rules = loaded?.rules;
	// Every sentence starts with a capital in the language's casing, also when it opens with a name.
	// The answer's words arrive with its components: nothing shows them before.
	const allWords = { ...strings, ...View?.answerWords } as PlannerStrings;
	const t = (key: PlannerKey, vars?: Record<string, string | number>) => capitalise(fill(allWords[key], vars), tag);
	/** A message in the plural form the count needs (`Intl.PluralRules`). */
	const tn = (base: string, count: number, vars?: Record<string, string | number>) => t(pluralKey(base, count, tag, (key) => key in allWords) as PlannerKey, vars);
	const day = (date: IsoDate) => formatDate(date, tag, 'weekday');
	const [date, setDate] = useState<DateParts>(EMPTY_DATE);
	const [sessions, setSessions] = useState(String(settings.sessions.default));
	const [weeks, setWeeks] = useState(String(settings.weeksBetween.default));
	const [picks, setPicks] = useState<MedicinePick[]>([]);
	const [agreed, setAgreed] = useState<string[]>([]);
	const [moves, setMoves] = useState<MoveToOpenDay>([]);
	const [errors, setErrors] = useState<FieldError[]>([]);
	const [dateError, setDateError] = useState<{ message: string; fields: ('day' | 'month' | 'year')[] } | undefined>();
	const [countErrors, setCountErrors] = useState<readonly CourseInputError[]>([]);
	const [refusedSuggestions, setRefusedSuggestions] = useState<readonly CourseSuggestion[]>([]);
	const [submitted, setSubmitted] = useState<Submitted | undefined>();
	const [query, setQuery] = useState('');
	const [findError, setFindError] = useState<string | undefined>();
	const today = useToday();

	const medicines = picks.length === 0 || !rules ? undefined : {
		...pickedIds(picks),
		prescriberAgreed: agreed,
		rules,
	};
	const result = useMemo(
		() => submitted && planCourse({ ...submitted, today, moveToOpenDay: moves, medicines, settings }),
		[submitted, today, moves, picks, agreed, settings, rules],
	);
	const plan = result && result.status !== 'invalid' ? result.plan : undefined;

	const shell = useCalculatorShell({
		t,
		fragment:
			plan && submitted
				? encodeCourseFragment({
						firstSession: submitted.firstSession,
						sessions: plan.sessions.length,
						weeksBetween: Number(submitted.weeksBetween),
						moves: moves === 'none' ? [] : moves,
						// The link never carries the prescriber's agreement: whoever opens it confirms again.
						...pickedIds(picks),
					})
				: undefined,
		answer: plan && View ? result : undefined,
		chosen: picks.map((pick) => labelOf(pick)),
		hasErrors: errors.length > 0,
		restore,
	});

	/** How the patient sees a pick named; there are picks only once the picker has loaded. */
	function labelOf(pick: { selection: 'medicine' | 'group'; id: string; name?: string | undefined }) {
		return loaded ? loaded.pickLabel(loaded.rules, pick, lang) : pick.id;
	}
	/** The same name inside a sentence: a group's name starts lower case there (names.ts, `pickName`). */
	function nameOf(pick: { selection: 'medicine' | 'group'; id: string; name?: string | undefined }) {
		return loaded ? loaded.pickName(loaded.rules, pick, lang) : pick.id;
	}

	// A link, or a submit with a medicine typed, waits for the picker (medicines are named by the clinic's rules), then runs.
	const latest = useRef({ restore, submit: () => submit(date, sessions, weeks) });
	latest.current = { restore, submit: () => submit(date, sessions, weeks) };

	/** Puts a shared link's inputs into the fields and shows its plan. */
	function restore(hash: string) {
		if (!rules) {
			if (parseFragmentParams(hash).size > 0) void medicinePicker.load().then(() => latest.current.restore(hash));
			return;
		}
		// Values a link gives outside the clinic's limits go into the fields, and the errors say so.
		const typed = typedCourseFields(hash);
		const shared = decodeCourseFragment(hash, settings, rules);
		const unread = shared.unread ?? [];
		if (!typed.firstSession && typed.sessions === null && typed.weeksBetween === null && unread.length === 0) return;
		// A medicine the page does not know stays in the search box, with a message: never dropped unseen.
		setQuery(unread.join(', '));
		const restoredPicks: MedicinePick[] = [
			...shared.medicineIds.map((id) => ({ selection: 'medicine' as const, id })),
			...shared.groupIds.map((id) => ({ selection: 'group' as const, id })),
		];
		const restoredDate = typed.firstSession?.parts ?? EMPTY_DATE;
		const restoredSessions = typed.sessions ?? String(settings.sessions.default);
		const restoredWeeks = typed.weeksBetween ?? String(settings.weeksBetween.default);
		setPicks(restoredPicks);
		setAgreed([...shared.prescriberAgreed]);
		setMoves(shared.moves === 'all' ? 'all' : [...shared.moves]);
		setDate(restoredDate);
		setSessions(restoredSessions);
		setWeeks(restoredWeeks);
		submit(restoredDate, restoredSessions, restoredWeeks, typed.firstSession ?? undefined, unread);
	}

	/**
	 * `fromLink`: the date as a shared link wrote it; one not written as the site writes dates is
	 * said at the field. `unread`: medicines the link named that the page does not know.
	 */
	function submit(parts: DateParts, sessionsText: string, weeksText: string, fromLink?: LinkDate, unread: readonly string[] = []) {
		void view.load();
		const today = readToday();
		const field = strings['planner.firstSession.field'];
		const parsed = readDateFields(parts, today, fromLink);
		const found: FieldError[] = [];
		if (!parsed.ok) {
			const message = t(`calc.dateError.${parsed.error}`, { field, value: fromLink?.text ?? '' });
			found.push({ field: parsed.fields[0] === 'day' || parsed.fields.length === 3 ? DATE_ID : `${DATE_ID}-${parsed.fields[0]}`, message });
			setDateError({ message, fields: [...parsed.fields] });
		} else {
			setDateError(undefined);
		}
		// The counts are checked by the rules; with a bad date, against today, to report them too.
		const firstSession = parsed.ok ? parsed.date : today;
		const checked = planCourse({ firstSession, today, sessions: sessionsText, weeksBetween: weeksText, settings });
		const counts = checked.status === 'invalid' ? checked.errors.filter((error) => error.field === 'sessions' || error.field === 'weeksBetween') : [];
		for (const error of counts) found.push({ field: error.field === 'sessions' ? SESSIONS_ID : WEEKS_ID, message: countMessage(error) });
		const findError = unread.length > 0 ? t('calc.linkUnknown', { names: unread.join(', ') }) : undefined;
		if (findError) found.push({ field: FIND_ID, message: findError });
		setFindError(findError);
		setCountErrors(counts);
		setRefusedSuggestions(parsed.ok && checked.status === 'invalid' ? checked.suggestions : []);
		setErrors(found);
		if (found.length > 0 || !parsed.ok) {
			setSubmitted(undefined);
			return;
		}
		shell.focusAnswer();
		setSubmitted({ firstSession: parsed.date, today, sessions: sessionsText, weeksBetween: weeksText });
	}

	function countMessage(error: CourseInputError): string {
		if (error.field !== 'sessions' && error.field !== 'weeksBetween') return '';
		const count = (value: number) => (error.field === 'weeksBetween' ? formatDuration(value, 'week', tag) : value);
		return t(`planner.error.${error.field}.${error.error}`, { min: count(error.min), max: count(error.max) });
	}

	function apply(suggestion: CourseSuggestion) {
		setSessions(String(suggestion.sessions));
		setWeeks(String(suggestion.weeksBetween));
		// The suggestion's own moves: its label was worked out from exactly this plan.
		setMoves(suggestion.moves);
		submit(date, String(suggestion.sessions), String(suggestion.weeksBetween));
	}

	function move(session: PlannedSession, on: boolean) {
		const count = plan?.sessions.length ?? 0;
		const current = moves === 'all' ? Array.from({ length: count }, (_, i) => i + 1) : moves === 'none' ? [] : [...moves];
		setMoves(on ? [...current, session.number] : current.filter((n) => n !== session.number));
		// The button is gone once the session moves: focus goes to the session, whose heading says its new date.
		focusAfterRender(sessionHeadingId(session.number));
	}

	function moveAll() {
		setMoves('all');
		focusAfterRender(SUMMARY_ID);
	}

	const labelOfItem = (item: HoldItem) => labelOf(picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item);
	const nameOfItem = (item: HoldItem) => nameOf(picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item);
	const followUpName = (id: string) => {
		const visit = settings.followUps.find((v) => v.id === id);
		return visit ? localized(visit.name, lang) : id;
	};

	async function downloadCalendar() {
		if (!plan) return;
		// The calendar file's code loads when it is asked for, not with the page.
		const { courseCalendar } = await import('./course-calendar.ts');
		downloadText('session-plan.ics', courseCalendar(plan, { t, followUpName, labelOf: labelOfItem, phone, domain }, Date.now()), 'text/calendar');
	}


	const countError = (field: 'sessions' | 'weeksBetween') => countErrors.find((error) => error.field === field);
	const suggestions = result?.status === 'tooLong' ? result.suggestions : refusedSuggestions;
	const closedCount = plan?.sessions.filter((session) => session.closed && session.nextOpenDate).length ?? 0;
	const words = plan && View && planSentences(plan, Number(submitted?.weeksBetween), price, allWords, tag);

	const countField = (id: string, field: 'sessions' | 'weeksBetween', value: string, setValue: (v: string) => void, limits: { min: number; max: number }) => {
		const error = countError(field);
		return (
			<div class={`form-group${error ? ' form-group--error' : ''}`}>
				<label class="label label--bold" for={id}>
					{t(`planner.${field}.label`)}
				</label>
				<div class="hint" id={`${id}-hint`}>
					{t(`planner.${field}.hint`, limits)}
				</div>
				{error && (
					<p class="error-message" id={`${id}-error`}>
						<span class="visually-hidden">{t('calc.error')}</span> {countMessage(error)}
					</p>
				)}
				<input
					class={`input input--3${error ? ' input--error' : ''}`}
					id={id}
					type="text"
					inputMode="numeric"
					autoComplete="off"
					spellcheck={false}
					value={value}
					aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
					aria-invalid={error ? 'true' : undefined}
					onInput={(event) => setValue(event.currentTarget.value)}
				/>
			</div>
		);
	};

	const suggestionBlock = suggestions.length > 0 && (
		<div class="suggestions no-print">
			<h3>{t('planner.suggestions.title')}</h3>
			<ul class="suggestions__list">
				{suggestions.map((s) => (
					<li key={`${s.sessions}-${s.weeksBetween}`}>
						<button type="button" class="button button--secondary" onClick={() => apply(s)}>
							{tn('planner.suggestions.use', s.sessions, { sessions: s.sessions, weeks: formatDuration(s.weeksBetween, 'week', tag), last: day(s.lastSessionDate) })}
						</button>
					</li>
				))}
			</ul>
		</div>
	);

	return (
		<div class="calculator planner" ref={shell.root}>
			<form
				method="dialog"
				class={plan ? 'no-print' : undefined}
				noValidate
				onFocusIn={() => void view.load()}
				onPointerDown={() => void view.load()}
				onSubmit={(event) => {
					event.preventDefault();
					setMoves([]);
					if (medicinePicker.defer(() => latest.current.submit())) return;
					submit(date, sessions, weeks);
				}}
			>
				<ErrorSummary title={t('calc.errorSummaryTitle')} errors={errors} />
				<DateInput
					id={DATE_ID}
					legend={t('planner.firstSession.legend')}
					hint={t('calc.date.hint')}
					labels={{ day: t('calc.date.day'), month: t('calc.date.month'), year: t('calc.date.year') }}
					value={date}
					onInput={setDate}
					error={dateError && { ...dateError, prefix: t('calc.error') }}
				/>
				{countField(SESSIONS_ID, 'sessions', sessions, setSessions, settings.sessions)}
				{countField(WEEKS_ID, 'weeksBetween', weeks, setWeeks, settings.weeksBetween)}

				<details class="details" open={picks.length > 0 || findError !== undefined} onToggle={(event) => event.currentTarget.open && void medicinePicker.load()}>
					<summary>{t('planner.medicines.summary')}</summary>
					<p class="hint">{t('planner.medicines.hint')}</p>
					<PickerSlot loader={medicinePicker} props={{ id: FIND_ID, lang, phone, picks, onPicks: setPicks, agreed, onAgreed: setAgreed, query, onQuery: setQuery, error: findError }} />
				</details>

				<button type="submit" class="button">
					{t('planner.submit')}
				</button>
				{!plan && suggestionBlock}
			</form>

			{plan && result && View && (
				<section class="result" aria-labelledby="result-title">
					<h2 id="result-title" tabIndex={-1} ref={shell.heading}>
						{t('planner.result.title')}
					</h2>
					<p class="result__summary" id={SUMMARY_ID} tabIndex={-1}>
						{words?.summary}
					</p>
					<p class="result__relief">{words?.relief}</p>
					{[plan.lastSessionDate, ...plan.followUps.map((visit) => visit.date)].some((date) => date > closedUntil) && (
						<p class="result__closed">
							<strong>{t('calc.closedDaysEnd', { date: formatDate(closedUntil, tag, 'long') })}</strong>
						</p>
					)}
					{words?.closed && <p class="result__closed">{words.closed}</p>}
					{words?.limit.fits === true ? (
						<p class="course-limit">{words.limit.text}</p>
					) : (
						words?.limit.fits === false && (
							<div class="course-limit course-limit--over">
								<p>
									<strong>{words.limit.over}</strong>
								</p>
								<p>{words.limit.detail}</p>
								{suggestionBlock}
							</div>
						)
					)}
					{closedCount > 1 && (
						<p class="no-print">
							<button type="button" class="button button--secondary" onClick={moveAll}>
								{t('planner.session.moveAll')}
							</button>
						</p>
					)}
					<div class="result__plan">
						<View.CourseTimeline
							plan={plan}
							tag={tag}
							labels={{
								session: t('planner.timeline.session'),
								bruising: t('planner.timeline.bruising'),
								relief: t('planner.timeline.relief'),
								followUps: formatList([...new Set(plan.followUps.map((visit) => followUpName(visit.id)))], tag),
								limit: t('planner.timeline.limit', { months: formatDuration(plan.courseLimit.months, 'month', tag) }),
							}}
						/>
						<View.CourseResult plan={plan} strings={allWords} tag={tag} phone={phone} followUpName={followUpName} nameOf={nameOfItem} onMove={move} exercise={exercise} />
						{words?.cost && (
							<div class="cost">
								<h3>{t('planner.cost.title')}</h3>
								<p>{words.cost}</p>
								<p class="hint">{t('planner.cost.note')}</p>
							</div>
						)}
					</div>
					{letter &&
						submitted &&
						rules &&
						picks
							.filter((pick) => isPrescriberGated(rules, pick.selection === 'group' ? pick.id : (rules.medicines.find((m) => m.id === pick.id)?.group ?? '')))
							.map((pick) => (
								<LetterButton
									key={`${pick.selection}-${pick.id}`}
									label={t('calc.letterNamed', { name: labelOf(pick) })}
									failed={t('calc.letterFailed')}
									letter={() => {
										// The planner's inputs and this one medicine; never the prescriber's agreement.
										const fragment = encodeCourseFragment({
											firstSession: submitted.firstSession,
											sessions: plan.sessions.length,
											weeksBetween: Number(submitted.weeksBetween),
											moves: moves === 'none' ? [] : moves,
											medicineIds: pick.selection === 'medicine' ? [pick.id] : [],
											groupIds: pick.selection === 'group' ? [pick.id] : [],
										});
										return { lang, tag, clinic: letter.clinic, phone, note: letter.note, dates: plan.sessions.map((session) => session.date), medicine: labelOf(pick), link: location.origin + location.pathname + fragment };
									}}
								/>
							))}
					<View.TakeItWithYou
						t={t}
						onDownload={downloadCalendar}
						shareUrl={shell.shareUrl}
					/>
					{pack && shell.shareUrl && (
						<p class="no-print">
							<a href={`${pack.href}${new URL(shell.shareUrl).hash}`}>{pack.text}</a>
						</p>
					)}
				</section>
			)}
		</div>
	);
}
