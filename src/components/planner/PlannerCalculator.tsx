import { plannerWords } from 'virtual:clinic/planner-words';
import { formatDate, formatDuration } from '../../i18n/format-date.ts';
import type { PlannedSession } from '../../lib/rules/planner/plan-course.ts';
import { DateInput } from '../calculators/DateInput.tsx';
import { ErrorSummary } from '../calculators/ErrorSummary.tsx';
import { useOnDemand } from '../calculators/on-demand.ts';
import { TextInput } from '../calculators/TextInput.tsx';
import { pluralTranslator, translator } from '../calculators/translator.ts';
import { useCalculator } from '../calculators/use-calculator.ts';
import { PickerSlot, usePickerLoader } from '../medication/lazy-picker.tsx';
import type { MedicinePick } from '../medication/picks.ts';
import { sessionHeadingId } from './ids.ts';
import { IDS, plannerModel } from './model.ts';
import type { PlannerProps } from './page-props.ts';
import type { PlannerStrings } from './strings.ts';


/** Focuses an element once Preact has rendered the change (its renders run on a microtask). */
const focusAfterRender = (id: string) => setTimeout(() => document.getElementById(id)?.focus());

/**
 * The session planner: its form, then its answer. The model (./model.ts) reads the inputs and
 * asks the rules in src/lib (planCourse); the answer's components and words load at the first
 * touch of the form. Nothing typed leaves the device; a shared link keeps the inputs in the fragment.
 */
export default function PlannerCalculator(props: PlannerProps) {
	const { lang, tag, strings, settings, phone } = props;
	const medicinePicker = usePickerLoader(lang, 'plain');
	const view = useOnDemand(() =>
		Promise.all([import('./result-view.ts'), plannerWords[lang]?.() ?? Promise.reject(new Error(`No planner words for ${lang}`))]).then(([components, { default: answerWords }]) => ({ ...components, answerWords })),
	);
	const View = view.module;
	const loaded = medicinePicker.loaded;
	// The answer's words arrive with its components: nothing shows them before.
	const words = { ...strings, ...View?.answerWords } as PlannerStrings;
	const t = translator(words, tag);
	const tn = pluralTranslator(words, tag);
	const labelOf = (pick: MedicinePick) => (loaded ? loaded.pickLabel(loaded.rules, pick, lang) : pick.id);
	const load = () => Promise.all([medicinePicker.load(), view.load()]);
	const model = plannerModel({ tag, settings, rules: loaded?.rules, view: View, t, dateField: strings['planner.firstSession.field'], load, waitFor: () => medicinePicker.waitFor(), labelOf });
	const calc = useCalculator(model, t, [loaded, View]);
	const { inputs, set, shown } = calc;
	const plan = shown.answer;

	function move(session: PlannedSession, on: boolean) {
		const count = plan?.sessions.length ?? 0;
		set(({ moves }) => {
			const current = moves === 'all' ? Array.from({ length: count }, (_, i) => i + 1) : moves === 'none' ? [] : [...moves];
			return { moves: on ? [...current, session.number] : current.filter((n) => n !== session.number) };
		});
		// The button is gone once the session moves: focus goes to the session, whose heading says its new date.
		focusAfterRender(sessionHeadingId(session.number));
	}

	const countField = (id: string, field: 'sessions' | 'weeksBetween', value: string, onInput: (value: string) => void) => {
		const error = calc.errorAt(id);
		return (
			<TextInput id={id} label={t(`planner.${field}.label`)} hint={t(`planner.${field}.hint`, settings[field])} width="input--3" numeric value={value} onInput={onInput} error={error && { message: error.message, prefix: t('calc.error') }} />
		);
	};

	const suggestions = shown.suggestions.length > 0 && (
		<div class="suggestions no-print">
			<h3>{t('planner.suggestions.title')}</h3>
			<ul class="suggestions__list">
				{shown.suggestions.map((s) => (
					<li key={`${s.sessions}-${s.weeksBetween}`}>
						<button type="button" class="button button--secondary" onClick={() => calc.ask({ sessions: String(s.sessions), weeks: String(s.weeksBetween), moves: s.moves })}>
							{tn('planner.suggestions.use', s.sessions, { sessions: s.sessions, weeks: formatDuration(s.weeksBetween, 'week', tag), last: formatDate(s.lastSessionDate, tag, 'weekday') })}
						</button>
					</li>
				))}
			</ul>
		</div>
	);

	return (
		<div class="calculator planner" ref={calc.shell.root}>
			<form method="dialog" class={plan ? 'no-print' : undefined} noValidate onFocusIn={() => void view.load()} onPointerDown={() => void view.load()} onSubmit={(event) => (void view.load(), calc.onSubmit(event))}>
				<ErrorSummary title={t('calc.errorSummaryTitle')} errors={calc.errors} />
				<DateInput
					id={IDS.date}
					legend={t('planner.firstSession.legend')}
					hint={t('calc.date.hint')}
					labels={{ day: t('calc.date.day'), month: t('calc.date.month'), year: t('calc.date.year') }}
					value={inputs.date}
					onInput={(date) => set({ date })}
					error={calc.errorAt(IDS.date)}
					errorPrefix={t('calc.error')}
				/>
				{countField(IDS.sessions, 'sessions', inputs.sessions, (sessions) => set({ sessions }))}
				{countField(IDS.weeks, 'weeksBetween', inputs.weeks, (weeks) => set({ weeks }))}
				<details class="details" open={inputs.picks.length > 0 || calc.errorAt(IDS.find) !== undefined} onToggle={(event) => event.currentTarget.open && void medicinePicker.load()}>
					<summary>{t('planner.medicines.summary')}</summary>
					<p class="hint">{t('planner.medicines.hint')}</p>
					<PickerSlot
						loader={medicinePicker}
						props={{ id: IDS.find, lang, phone, picks: inputs.picks, onPicks: (picks) => set({ picks }), agreed: inputs.agreed, onAgreed: (agreed) => set({ agreed }), query: inputs.query, onQuery: (query) => set({ query }), error: calc.errorAt(IDS.find)?.message }}
					/>
				</details>
				<button type="submit" class="button">
					{t('planner.submit')}
				</button>
				{!plan && suggestions}
			</form>
			{plan && View && (
				<View.PlannerAnswer
					page={props}
					shown={{ ...shown, answer: plan }}
					inputs={inputs}
					rules={loaded?.rules}
					words={words}
					t={t}
					heading={calc.shell.heading}
					shareUrl={calc.shell.shareUrl}
					suggestions={suggestions}
					onMove={move}
					onMoveAll={() => (set({ moves: 'all' }), focusAfterRender(View.SUMMARY_ID))}
				/>
			)}
		</div>
	);
}
