import { capitalise, fill } from '../../i18n/fill.ts';
import { formatDate, formatDuration, formatList, formatWeekday } from '../../i18n/format-date.ts';
import { eachDay } from '../../lib/rules/dates/calendar-steps.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { ClinicToday } from '../../lib/rules/clinic-days/clinic-today.ts';
import type { HoldItem, HoldPlan } from '../../lib/rules/medication/plan-hold.ts';
import type { ComponentChild } from 'preact';
import type { MedicationKey, MedicationStrings } from './strings.ts';
import { translator } from '../calculators/translator.ts';

interface Props {
	plan: Extract<HoldPlan, { ok: true }>;
	/** The heading of each item: "Brufen (ibuprofen)", or a group's name. */
	labelOf: (item: HoldItem) => string;
	/** The item's name inside a sentence: a group's name starts lower case ("blood thinners"); a sentence that opens with it is capitalised. */
	nameOf: (item: HoldItem) => string;
	noteOf: (item: HoldItem) => string;
	/** Why a combination product follows its group ("This medicine contains aspirin…"), or nothing. */
	containsOf: (item: HoldItem) => string | undefined;
	strings: MedicationStrings;
	/** Whether the clinic can be called today, for the too-late answer. */
	clinicToday: ClinicToday;
	tag: string;
	phone: string;
	/** What follows an item whose prescriber decides (the button for the prescriber's letter), if anything. */
	after?: ((item: HoldItem) => ComponentChild) | undefined;
}

type StopItem = Extract<HoldItem, { status: 'stop' }>;

/** The days to show in one medicine's little calendar: last dose to restart (or treatment). */
type DayKind = 'lastDose' | 'noDose' | 'treatment' | 'restart' | 'between';

function calendarDays(item: StopItem, treatment: IsoDate): { date: IsoDate; kind: DayKind }[] {
	const end = item.restart.key === 'onDate' ? item.restart.date : treatment;
	return eachDay(item.lastDoseDate, end).map((date) => ({
		date,
		kind:
			date === item.lastDoseDate
				? 'lastDose'
				: date === treatment
					? 'treatment'
					: item.restart.key === 'onDate' && date === item.restart.date
						? 'restart'
						: item.freeDates.includes(date)
							? 'noDose'
							: 'between',
	}));
}

/**
 * The plan in plain words, medicine by medicine, with dates and weekdays, and a small calendar of
 * the days for each medicine to stop. Every word comes from the page's strings.
 */
export function HoldResult({ plan, labelOf, nameOf, noteOf, containsOf, strings, clinicToday, tag, phone, after }: Props) {
	const t = translator<MedicationKey>(strings, tag);
	const day = (date: IsoDate) => formatDate(date, tag, 'weekday');
	const treatment = day(plan.treatmentDate);
	const closed = clinicToday;
	// When the clinic cannot be called today, the too-late answer says so and when it opens.
	const closedNote =
		closed.open
			? undefined
			: closed.reopens === null || closed.reopens > plan.treatmentDate
				? t('medication.result.closed.afterTreatment')
				: t(`medication.result.closed.${closed.reason}`, {
						reopens: day(closed.reopens),
						today: day(plan.today),
						weekday: formatWeekday(plan.today, tag),
					});
	return (
		<>
			<p>{t('medication.result.treatment', { date: treatment })}</p>
			{plan.items.map((item) => {
				const label = labelOf(item);
				const name = nameOf(item);
				const contains = containsOf(item);
				return (
					<section class="hold-item" key={`${item.selection}-${item.id}`} aria-labelledby={`hold-${item.id}`}>
						<h3 id={`hold-${item.id}`}>{capitalise(label, tag)}</h3>
						{contains && <p>{contains}</p>}
						{item.status === 'keepTaking' && <p>{t('medication.result.keepTaking', { name })}</p>}
						{item.status === 'askClinic' && <p class="hold-item__warning">{t('medication.result.askClinic', { name, phone })}</p>}
						{item.status === 'askPrescriber' && (
							<>
								<p class="hold-item__warning">{t('medication.result.askPrescriber', { name })}</p>
								<p>{t('medication.result.askPrescriberTick', { name })}</p>
							</>
						)}
						{item.status === 'prescriberDaysNeeded' && (
							<p class="hold-item__warning">{t('medication.result.prescriberDaysNeeded', { name, treatment })}</p>
						)}
						{item.status === 'tooLate' && (
							<>
								<p class="hold-item__warning">
									{item.source === 'prescriber'
										? t('medication.result.tooLatePrescriber', { name, phone })
										: t('medication.result.tooLate', { name, days: formatDuration(item.daysBefore, 'day', tag), phone })}
								</p>
								{closedNote && <p class="hold-item__warning">{closedNote}</p>}
							</>
						)}
						{item.status === 'stop' && (
							<>
								{item.source === 'prescriber' && <p>{t('medication.result.prescriberSource')}</p>}
								<p>
									<strong>
										{item.selection === 'group'
											? t('medication.result.lastDoseGroup', { date: day(item.lastDoseDate) })
											: t('medication.result.lastDose', { name, date: day(item.lastDoseDate) })}
									</strong>
								</p>
								{item.source === 'prescriber' && (
									<>
										<p>{t('medication.result.prescriberCheck', { date: day(item.lastDoseDate) })}</p>
										<p>{t('medication.result.severalDoses', { date: day(item.lastDoseDate) })}</p>
									</>
								)}
								<p>
									{/* Every day not to take it, the treatment day last, joined with "and": a do-not-take list is never "or". */}
									{item.freeDates.length > 1
										? t('medication.result.freeDays', {
												dates: formatList([...item.freeDates.slice(0, -1).map(day), fill(strings['medication.result.freeDaysTreatment'], { treatment })], tag, 'conjunction'),
											})
										: t('medication.result.freeTreatmentDay', { treatment })}
								</p>
								<p>
									{item.restart.key === 'onDate'
										? t('medication.result.restartOn', { date: day(item.restart.date) })
										: item.restart.key === 'askClinic'
											? t('medication.result.restartAskClinic')
											: t('medication.result.restartAskPrescriber')}
								</p>
								<ol class="hold-calendar" aria-label={t('medication.calendar.caption', { name: label })}>
									{calendarDays(item, plan.treatmentDate).map(({ date, kind }) => (
										<li class={`hold-calendar__day hold-calendar__day--${kind}`} key={date}>
											<span class="hold-calendar__date">{formatDate(date, tag, 'short')}</span>
											{kind !== 'between' && <span class="hold-calendar__label">{t(`medication.calendar.${kind}`)}</span>}
										</li>
									))}
								</ol>
							</>
						)}
						<p class="hint">{noteOf(item)}</p>
						{after?.(item)}
					</section>
				);
			})}
		</>
	);
}
