import { capitalise } from '../../i18n/fill.ts';
import { formatDate, formatDuration, formatList } from '../../i18n/format-date.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { HoldItem } from '../../lib/rules/medication/plan-hold.ts';
import { sideEffectsWindow } from '../../lib/rules/planner/course-events.ts';
import type { CoursePlan, PlannedSession } from '../../lib/rules/planner/plan-course.ts';
import type { PlannerKey, PlannerStrings } from './strings.ts';
import { sessionHeadingId } from './ids.ts';
import { translator } from '../calculators/translator.ts';

/** Stands for a medicine's name while lines are compared. */
const NAME = '\u0000';

interface Props {
	plan: CoursePlan;
	strings: PlannerStrings;
	tag: string;
	phone: string;
	/** The follow-up visit's name in the page's language. */
	followUpName: (id: string) => string;
	/** The item's name inside a sentence or a list ("ibuprofen and blood thinners"): a group's name starts lower case. */
	nameOf: (item: HoldItem) => string;
	/** Moves a session to the next open day, or back to its planned date. */
	onMove: (session: PlannedSession, move: boolean) => void;
	/** The clinic's exercise sheet(s), linked from the exercise line. */
	exercise?: { href: string; text: string } | undefined;
}

/**
 * The plan in words, session by session, then the milestones along the way (first relief is in
 * the summary above, where patients look first). This list is the plan for screen readers and
 * on paper; the timeline picture repeats it. Days the clinic is closed are flagged, with a
 * bookable day to move to where there is one.
 */
export function CourseResult({ plan, strings, tag, phone, followUpName, nameOf, onMove, exercise }: Props) {
	const t = translator<PlannerKey>(strings, tag);
	const day = (date: IsoDate) => formatDate(date, tag, 'weekday');
	return (
		<>
			<ol class="course-list">
				{plan.sessions.map((session) => {
					const window = sideEffectsWindow(session);
					const medicines = session.medicines?.ok ? session.medicines.items : [];
					return (
						<li class="course-list__session" key={session.number}>
							<h3 class="course-list__title" id={sessionHeadingId(session.number)} tabIndex={-1}>
								{t('planner.session.title', { number: session.number, date: day(session.date) })}
							</h3>
							{session.moved && (
								<p>
									{t('planner.session.moved', { date: day(session.plannedDate) })}{' '}
									<button type="button" class="link-button no-print" onClick={() => onMove(session, false)}>
										{t('planner.session.moveBack', { number: session.number, date: day(session.plannedDate) })}
									</button>
								</p>
							)}
							{session.closed && (
								<p class="course-list__warning">
									{t('planner.session.closed')}
									{' '}
									{session.nextOpenDate ? (
										<button type="button" class="button button--secondary no-print" onClick={() => onMove(session, true)}>
											{t('planner.session.move', { number: session.number, date: day(session.nextOpenDate) })}
										</button>
									) : (
										t('planner.session.noMove')
									)}
								</p>
							)}
							{window && <p>{t('planner.session.sideEffects', { from: day(window.from), to: day(window.to) })}</p>}
							{medicines.length > 0 && (
								<ul class="course-list__medicines">
									{medicineLines(medicines).map((line) => (
										<li key={line}>{line}</li>
									))}
								</ul>
							)}
						</li>
					);
				})}
			</ol>

			<h3>{t('planner.milestones.title')}</h3>
			<ul class="course-milestones">
				<li>
					{t('planner.milestones.exercise', { date: day(plan.exerciseFrom) })}
					{exercise && (
						<>
							{' '}
							<a href={exercise.href}>{exercise.text}</a>
						</>
					)}
				</li>
				<li>{t('planner.milestones.limit', { date: day(plan.courseLimit.latestLastSession), months: formatDuration(plan.courseLimit.months, 'month', tag) })}</li>
				{plan.followUps.map((visit) => (
					<li key={visit.id}>
						{t('planner.milestones.followUp', { name: followUpName(visit.id), date: day(visit.date) })}
						{visit.closed && (
							<strong class="course-milestones__closed">
								{' '}
								{visit.nextOpenDate ? t('planner.milestones.followUpClosed', { date: day(visit.nextOpenDate) }) : t('planner.session.noMove')}
							</strong>
						)}
					</li>
				))}
			</ul>
		</>
	);

	/** One line per instruction: medicines with the same words and dates share a line ("ibuprofen and naproxen: …"). */
	function medicineLines(items: readonly HoldItem[]): string[] {
		const names = new Map<string, string[]>();
		for (const item of items) {
			const line = medicineLine(item, NAME);
			names.set(line, [...(names.get(line) ?? []), nameOf(item)]);
		}
		return [...names].map(([line, list]) => capitalise(line.replace(NAME, formatList(list, tag)), tag));
	}

	function medicineLine(item: HoldItem, name: string): string {
		switch (item.status) {
			case 'keepTaking':
				return t('planner.medicine.keepTaking', { name });
			case 'askPrescriber':
				return t('planner.medicine.askPrescriber', { name });
			case 'askClinic':
				return t('planner.medicine.askClinic', { name, phone });
			case 'prescriberDaysNeeded':
				return t('planner.medicine.prescriberDays', { name });
			case 'tooLate':
				return t('planner.medicine.tooLate', { name, days: formatDuration(item.daysBefore, 'day', tag), phone });
			case 'stop': {
				const restart =
					item.restart.key === 'onDate'
						? t('planner.medicine.restartOn', { date: day(item.restart.date) })
						: item.restart.key === 'askClinic'
							? t('planner.medicine.restartAskClinic')
							: t('planner.medicine.restartAskPrescriber');
				const first = item.freeDates[0] ?? item.lastDoseDate;
				return `${t('planner.medicine.stop', { name, last: day(item.lastDoseDate), from: day(first) })} ${restart}`;
			}
		}
	}
}
