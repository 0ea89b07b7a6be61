import type { Ref } from 'preact';
import { formatDate } from '../../i18n/format-date.ts';
import { localized } from '../../lib/rules/localized-text.ts';
import { clinicOnDay } from '../../lib/rules/clinic-days/clinic-today.ts';
import type { HoldItem, HoldPlan } from '../../lib/rules/medication/plan-hold.ts';
import { isPrescriberGated } from '../../lib/rules/medication/prescriber-gated.ts';
import type { MedicationRules } from '../../lib/rules/medication/types.ts';
import { isClinicOpen } from '../../lib/rules/clinic-days/open-days.ts';
import { encodeHoldFragment } from '../../lib/rules/share/encode-fragment.ts';
import { downloadText } from '../calculators/browser.ts';
import { TakeItWithYou } from '../calculators/TakeItWithYou.tsx';
import type { Translate } from '../calculators/translator.ts';
import { LetterButton } from '../printout/LetterButton.tsx';
import { HoldResult } from './HoldResult.tsx';
import { pickLabel, pickName } from './names.ts';
import type { MedicationProps } from './page-props.ts';
import type { MedicinePick } from './picks.ts';
import type { MedicationKey, MedicationStrings } from './strings.ts';

interface Props {
	/** The page's settings for the calculator: the clinic's days, letter and contacts. */
	page: MedicationProps;
	plan: Extract<HoldPlan, { ok: true }>;
	picks: readonly MedicinePick[];
	rules: MedicationRules;
	words: MedicationStrings;
	t: Translate<MedicationKey>;
	/** The answer's heading takes focus after a submit. */
	heading: Ref<HTMLHeadingElement>;
	shareUrl: string | undefined;
}

/**
 * The medication calculator's answer (loaded on demand with the picker, ./answer-view.ts): the
 * dates medicine by medicine, a letter for each medicine its prescriber decides on (the date and
 * that medicine in its link, never the agreement), and the calendar file, printout and link.
 */
export function MedicationAnswer({ page, plan, picks, rules, words, t, heading, shareUrl }: Props) {
	const { lang, tag, phone, domain, clinicDays, closedUntil, letter } = page;
	const pickOf = (item: HoldItem) => picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item;
	const labelOf = (item: HoldItem) => pickLabel(rules, pickOf(item), lang);
	const noteOf = (item: HoldItem) => {
		const group = rules.groups.find((g) => g.id === item.groupId);
		return group ? localized(group.note, lang) : '';
	};
	// A combination product says which ingredient puts it in its group: "contains aspirin".
	const containsOf = (item: HoldItem) => {
		const contains = item.medicineId === null ? undefined : rules.medicines.find((m) => m.id === item.medicineId)?.contains;
		const group = rules.groups.find((g) => g.id === item.groupId);
		return contains && group ? t('medication.result.contains', { ingredient: localized(contains, lang), group: localized(group.name, lang) }) : undefined;
	};
	const letterFor = (item: HoldItem) =>
		letter &&
		isPrescriberGated(rules, item.groupId) && (
			<LetterButton
				label={t('calc.letter')}
				failed={t('calc.letterFailed')}
				letter={() => {
					const name = picks.find((p) => p.selection === item.selection && p.id === item.id)?.name;
					const fragment = encodeHoldFragment({
						treatmentDate: plan.treatmentDate,
						medicineIds: item.selection === 'medicine' ? [item.id] : [],
						groupIds: item.selection === 'group' ? [item.id] : [],
						prescriberAgreed: [],
						names: name ? { [item.id]: name } : {},
					});
					return { lang, tag, clinic: letter.clinic, phone, note: letter.note, dates: [plan.treatmentDate], medicine: labelOf(item), link: location.origin + location.pathname + fragment };
				}}
			/>
		);

	async function downloadCalendar() {
		// The calendar file's code loads when it is asked for, not with the page.
		const [{ holdEvents }, { buildCalendar }] = await Promise.all([import('../../lib/rules/medication/hold-events.ts'), import('../../lib/rules/calendar-file/ics.ts')]);
		// Dates from a prescriber say so in the calendar too, so no one mistakes them for the clinic's rule.
		const prescriber = (source: string) => (source === 'prescriber' ? { description: t('medication.ics.prescriber') } : {});
		const events = holdEvents(
			plan,
			{
				treatment: { summary: t('medication.ics.treatment') },
				lastDose: (item) => ({ summary: t('medication.ics.lastDose', { name: labelOf(item) }), ...prescriber(item.source), reminder: t('medication.ics.reminder', { name: labelOf(item) }) }),
				freeDays: (item) => ({
					summary: t('medication.ics.free', { name: labelOf(item) }),
					description: item.source === 'prescriber' ? `${t('medication.ics.prescriber')} ${noteOf(item)}` : noteOf(item),
				}),
				restart: (item) => ({ summary: t('medication.ics.restart', { name: labelOf(item) }), ...prescriber(item.source) }),
			},
			{ uidDomain: domain },
		);
		downloadText('medication-dates.ics', buildCalendar(events, { dtstamp: Date.now(), name: t('medication.result.title') }), 'text/calendar');
	}

	return (
		<section class="result" aria-labelledby="result-title">
			<h2 id="result-title" tabIndex={-1} ref={heading}>
				{t('medication.result.title')}
			</h2>
			{plan.treatmentDate > closedUntil && (
				<p class="result__closed">
					<strong>{t('calc.closedDaysEnd', { date: formatDate(closedUntil, tag, 'long') })}</strong>
				</p>
			)}
			{clinicDays && !isClinicOpen(plan.treatmentDate, clinicDays) && (
				<p class="result__closed">
					<strong>{t('medication.result.closedDay')}</strong>
				</p>
			)}
			<div class="result__plan">
				<HoldResult
					plan={plan}
					clinicToday={clinicOnDay(plan.today, clinicDays)}
					labelOf={labelOf}
					nameOf={(item) => pickName(rules, pickOf(item), lang)}
					noteOf={noteOf}
					containsOf={containsOf}
					strings={words}
					tag={tag}
					phone={phone}
					after={letterFor}
				/>
			</div>
			<TakeItWithYou t={t} onDownload={downloadCalendar} shareUrl={shareUrl} />
		</section>
	);
}
