import { fill } from '../../i18n/fill.ts';
import { formatDate, formatDuration, formatList } from '../../i18n/format-date.ts';
import { eachDay } from '../../lib/dates/each-day.ts';
import type { IsoDate } from '../../lib/dates/iso-date.ts';
import type { HoldItem, HoldPlan } from '../../lib/medication/plan-hold.ts';
import type { MedicationKey, MedicationStrings } from './strings.ts';

interface Props {
	plan: Extract<HoldPlan, { ok: true }>;
	labelOf: (item: HoldItem) => string;
	noteOf: (item: HoldItem) => string;
	strings: MedicationStrings;
	tag: string;
	phone: string;
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
export function HoldResult({ plan, labelOf, noteOf, strings, tag, phone }: Props) {
	const t = (key: MedicationKey, vars?: Record<string, string>) => fill(strings[key], vars);
	const day = (date: IsoDate) => formatDate(date, tag, 'weekday');
	const treatment = day(plan.treatmentDate);
	return (
		<>
			<p>{t('medication.result.treatment', { date: treatment })}</p>
			{plan.items.map((item) => {
				const name = labelOf(item);
				return (
					<section class="hold-item" key={`${item.selection}-${item.id}`} aria-labelledby={`hold-${item.id}`}>
						<h3 id={`hold-${item.id}`}>{name}</h3>
						{item.status === 'keepTaking' && <p>{t('medication.result.keepTaking', { name })}</p>}
						{item.status === 'askPrescriber' && (
							<>
								<p class="hold-item__warning">{t('medication.result.askPrescriber', { name })}</p>
								<p>{t('medication.result.askPrescriberTick', { name })}</p>
							</>
						)}
						{item.status === 'tooLate' && (
							<p class="hold-item__warning">
								{t('medication.result.tooLate', { name, days: formatDuration(item.daysBefore, 'day', tag), phone })}
							</p>
						)}
						{item.status === 'stop' && (
							<>
								<p>
									<strong>{t('medication.result.lastDose', { name, date: day(item.lastDoseDate) })}</strong>
								</p>
								<p>
									{item.freeDates.length > 1
										? t('medication.result.freeDays', {
												dates: formatList(item.freeDates.slice(0, -1).map(day), tag, 'disjunction'),
												treatment,
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
								<ol class="hold-calendar" aria-label={t('medication.calendar.caption', { name })}>
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
					</section>
				);
			})}
		</>
	);
}
