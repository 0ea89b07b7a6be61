import { DateInput } from '../calculators/DateInput.tsx';
import { ErrorSummary } from '../calculators/ErrorSummary.tsx';
import { useOnDemand } from '../calculators/on-demand.ts';
import { translator } from '../calculators/translator.ts';
import { useCalculator } from '../calculators/use-calculator.ts';
import { PickerSlot, usePickerLoader } from './lazy-picker.tsx';
import { DATE_ID, FIND_ID, medicationModel } from './model.ts';
import type { MedicinePick } from './picks.ts';
import { PrescriberDaysFields } from './PrescriberDaysFields.tsx';
import type { MedicationProps } from './page-props.ts';
import type { MedicationStrings } from './strings.ts';

export { FIND_ID } from './model.ts';


/**
 * The medication-date calculator: its form, then its answer. The model (./model.ts) reads the
 * inputs and asks the rules in src/lib; the answer's components load with the picker. Nothing
 * typed leaves the device; a shared link keeps the inputs in the fragment.
 */
export default function MedicationCalculator(props: MedicationProps) {
	const { lang, tag, strings, picker, phone } = props;
	// The answer's components load beside the picker, which any answer needs first (./answer-view.ts).
	const view = useOnDemand(() => import('./answer-view.ts'));
	const medicines = usePickerLoader(lang, 'notes', () => void view.load());
	const loaded = medicines.loaded;
	// No answer or submit error comes before the picker's data, which brings the answer's words.
	const words = { ...strings, ...loaded?.strings } as MedicationStrings;
	const t = translator(words, tag);
	const labelOf = (pick: MedicinePick) => (loaded ? loaded.pickLabel(loaded.rules, pick, lang) : pick.id);
	const load = () => Promise.all([medicines.load(), view.load()]);
	const model = medicationModel({ lang, tag, phone, words, t, picker: loaded, view: view.module, load, waitFor: medicines.waitFor, labelOf });
	const Answer = view.module?.MedicationAnswer;
	const calc = useCalculator(model, t, [loaded, view.module]);
	const { inputs, set, shown } = calc;
	const dateError = calc.errorAt(DATE_ID);

	return (
		<div class="calculator" ref={calc.shell.root}>
			<form method="dialog" class={shown.answer ? 'no-print' : undefined} noValidate onSubmit={calc.onSubmit}>
				<ErrorSummary title={t('calc.errorSummaryTitle')} errors={calc.errors} />
				<DateInput
					id={DATE_ID}
					legend={t('medication.treatmentDate.legend')}
					hint={t('calc.date.hint')}
					labels={{ day: t('calc.date.day'), month: t('calc.date.month'), year: t('calc.date.year') }}
					value={inputs.date}
					onInput={(date) => set({ date })}
					error={dateError}
					errorPrefix={t('calc.error')}
				/>
				<PickerSlot
					loader={medicines}
					props={{
						id: FIND_ID,
						lang,
						phone,
						picks: inputs.picks,
						onPicks: (picks) => set({ picks }),
						agreed: inputs.agreed,
						onAgreed: (agreed) => set({ agreed }),
						afterAgreed: (id) => (
							<PrescriberDaysFields
								id={id}
								values={inputs.prescriber}
								onChange={(pickId, value) => set((now) => ({ prescriber: { ...now.prescriber, [pickId]: value } }))}
								errors={shown.prescriber.errors}
								strings={strings}
							/>
						),
						query: inputs.query,
						onQuery: (query) => set({ query }),
						error: calc.errorAt(FIND_ID)?.message,
					}}
				>
					{picker}
				</PickerSlot>
				<button type="submit" class="button">
					{t('medication.submit')}
				</button>
			</form>
			{shown.answer && Answer && loaded && (
				<Answer
					page={props}
					plan={shown.answer}
					picks={inputs.picks}
					rules={loaded.rules}
					words={words}
					t={t}
					heading={calc.shell.heading}
					shareUrl={calc.shell.shareUrl}
				/>
			)}
		</div>
	);
}
