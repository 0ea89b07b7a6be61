import type { ComponentChildren } from 'preact';
import { formatDuration, formatList } from '../../i18n/format-date.ts';
import { formatMoney } from '../../i18n/format-money.ts';
import type { IsoDate } from '../../lib/dates/iso-date.ts';
import type { HoldItem } from '../../lib/medication/plan-hold.ts';
import { isPrescriberGated } from '../../lib/medication/prescriber-gated.ts';
import type { MedicationRules } from '../../lib/medication/types.ts';
import type { CoursePlan, PlannedSession } from '../../lib/planner/plan-course.ts';
import { TakeItWithYou } from '../calculators/TakeItWithYou.tsx';
import type { LetterSettings } from '../medication/letter.ts';
import type { MedicinePick } from '../medication/picks.ts';
import { LetterButton } from '../printout/LetterButton.tsx';
import { CourseResult } from './CourseResult.tsx';
import { CourseTimeline } from './CourseTimeline.tsx';
import type { PlannerKey, PlannerStrings } from './strings.ts';

interface Props {
	plan: CoursePlan;
	/** The weeks between sessions the patient asked for. */
	weeksBetween: number;
	lang: string;
	tag: string;
	strings: PlannerStrings;
	t: (key: PlannerKey, vars?: Record<string, string | number>) => string;
	/** A message in the plural form the count needs. */
	tn: (base: string, count: number, vars?: Record<string, string | number>) => string;
	/** A date as the answer shows it (with its weekday). */
	day: (date: IsoDate) => string;
	phone: string;
	price?: { amount: number; currency: string } | undefined;
	exercise?: { href: string; text: string } | undefined;
	letter?: LetterSettings | undefined;
	/** The shell's ref for the answer's heading (it takes focus). */
	heading: preact.RefObject<HTMLHeadingElement>;
	/** The "try instead" suggestions, when the course runs over its limit. */
	suggestions: ComponentChildren;
	rules: MedicationRules | undefined;
	picks: readonly MedicinePick[];
	labelOf: (pick: MedicinePick) => string;
	labelOfItem: (item: HoldItem) => string;
	followUpName: (id: string) => string;
	onMove: (session: PlannedSession, move: boolean) => void;
	onMoveAll: () => void;
	/** The link a prescriber's letter carries for one medicine: the plan and that medicine, never the agreement. */
	letterLink: (pick: MedicinePick) => string;
	onDownload: () => void;
	shareUrl: string | undefined;
}

/**
 * The planner's answer (issue 26: loaded on demand with ./result-view.ts, not with the page).
 * Everything in it is worked out by the rules (planCourse) before it gets here.
 */
export function PlannerAnswer({ plan, weeksBetween, lang, tag, strings, t, tn, day, phone, price, exercise, letter, heading, suggestions, rules, picks, labelOf, labelOfItem, followUpName, onMove, onMoveAll, letterLink, onDownload, shareUrl }: Props) {
	const closedCount = plan.sessions.filter((session) => session.closed && session.nextOpenDate).length;
	// The rules' one notion of a bookable plan (src/lib/planner/bookable.ts) names the closed sessions.
	const closedSessions = plan.problems.filter((problem) => problem.problem === 'closed').length;
	const money = (amount: number) => formatMoney(amount, price?.currency ?? 'GBP', tag, t('planner.cost.money'));
	return (
		<section class="result" aria-labelledby="result-title">
			<h2 id="result-title" tabIndex={-1} ref={heading}>
				{t('planner.result.title')}
			</h2>
			<p class="result__summary">
				{tn('planner.result.summary', plan.sessions.length, { count: plan.sessions.length, weeks: formatDuration(weeksBetween, 'week', tag), first: day(plan.firstSessionDate), last: day(plan.lastSessionDate) })}
			</p>
			<p class="result__relief">{t('planner.milestones.relief', { date: day(plan.firstReliefAround) })}</p>
			{closedSessions > 0 && <p class="result__closed">{tn('planner.result.closed', closedSessions, { count: closedSessions })}</p>}
			{plan.courseLimit.fits ? (
				<p class="course-limit">{t('planner.limit.fits', { months: formatDuration(plan.courseLimit.months, 'month', tag), date: day(plan.courseLimit.latestLastSession) })}</p>
			) : (
				<div class="course-limit course-limit--over">
					<p>
						<strong>{t('planner.limit.over', { days: formatDuration(plan.courseLimit.daysOver, 'day', tag), months: formatDuration(plan.courseLimit.months, 'month', tag) })}</strong>
					</p>
					<p>{t('planner.limit.overDetail', { last: day(plan.lastSessionDate), date: day(plan.courseLimit.latestLastSession) })}</p>
					{suggestions}
				</div>
			)}
			{closedCount > 1 && (
				<p class="no-print">
					<button type="button" class="button button--secondary" onClick={onMoveAll}>
						{t('planner.session.moveAll')}
					</button>
				</p>
			)}
			<div class="result__plan">
				<CourseTimeline
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
				<CourseResult plan={plan} strings={strings} tag={tag} phone={phone} followUpName={followUpName} labelOf={labelOfItem} onMove={onMove} exercise={exercise} />
				{price && (
					<div class="cost">
						<h3>{t('planner.cost.title')}</h3>
						<p>{tn('planner.cost.total', plan.sessions.length, { total: money(price.amount * plan.sessions.length), count: plan.sessions.length, price: money(price.amount) })}</p>
						<p class="hint">{t('planner.cost.note')}</p>
					</div>
				)}
			</div>
			{letter &&
				rules &&
				picks
					.filter((pick) => isPrescriberGated(rules, pick.selection === 'group' ? pick.id : (rules.medicines.find((m) => m.id === pick.id)?.group ?? '')))
					.map((pick) => (
						<LetterButton
							key={`${pick.selection}-${pick.id}`}
							label={t('calc.letterNamed', { name: labelOf(pick) })}
							failed={t('calc.letterFailed')}
							letter={() => ({ lang, tag, clinic: letter.clinic, phone, note: letter.note, dates: plan.sessions.map((session) => session.date), medicine: labelOf(pick), link: letterLink(pick) })}
						/>
					))}
			<TakeItWithYou t={t} onDownload={onDownload} shareUrl={shareUrl} />
		</section>
	);
}
