import type { ComponentChildren, Ref } from 'preact';
import { formatDate, formatDuration, formatList } from '../../i18n/format-date.ts';
import { localized } from '../../lib/rules/localized-text.ts';
import type { HoldItem } from '../../lib/rules/medication/plan-hold.ts';
import { isPrescriberGated } from '../../lib/rules/medication/prescriber-gated.ts';
import type { MedicationRules } from '../../lib/rules/medication/types.ts';
import type { CoursePlan, PlannedSession } from '../../lib/rules/planner/plan-course.ts';
import { encodeCourseFragment } from '../../lib/rules/share/course-fragment.ts';
import { downloadText } from '../calculators/browser.ts';
import { TakeItWithYou } from '../calculators/TakeItWithYou.tsx';
import type { Translate } from '../calculators/translator.ts';
import { pickLabel, pickName } from '../medication/names.ts';
import type { MedicinePick } from '../medication/picks.ts';
import { LetterButton } from '../printout/LetterButton.tsx';
import { CourseResult } from './CourseResult.tsx';
import { CourseTimeline } from './CourseTimeline.tsx';
import { courseLink, type PlannerInputs, type PlannerShown } from './model.ts';
import type { PlannerProps } from './page-props.ts';
import { planSentences } from './plan-sentences.ts';
import type { PlannerKey, PlannerStrings } from './strings.ts';

export const SUMMARY_ID = 'result-summary';

interface Props {
	/** The page's settings for the planner: the clinic's rules, price, letter, pack and contacts. */
	page: PlannerProps;
	shown: PlannerShown & { answer: CoursePlan };
	inputs: PlannerInputs;
	/** The picker's medicine rules, when the patient added medicines. */
	rules: MedicationRules | undefined;
	words: PlannerStrings;
	t: Translate<PlannerKey>;
	heading: Ref<HTMLHeadingElement>;
	shareUrl: string | undefined;
	/** The suggestions block, shown with a plan over the course limit. */
	suggestions: ComponentChildren;
	onMove: (session: PlannedSession, move: boolean) => void;
	onMoveAll: () => void;
}

/**
 * The planner's answer (loaded on demand with its words, ./result-view.ts): the summary, the
 * course limit, the timeline and the sessions, the cost, a letter for each medicine a prescriber
 * decides on, and the calendar file, printout, link and pack.
 */
export function PlannerAnswer(props: Props) {
	const { shown, inputs, rules, words, t, heading, shareUrl } = props;
	const { settings, lang, tag, phone, domain, price, exercise, closedUntil, letter, pack } = props.page;
	const plan = shown.answer;
	const sentences = planSentences(plan, shown.reading?.weeksBetween ?? 0, price, words, tag);
	const pickOf = (item: HoldItem) => inputs.picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item;
	const labelOf = (pick: MedicinePick | HoldItem) => (rules ? pickLabel(rules, pick, lang) : pick.id);
	const followUpName = (id: string) => {
		const visit = settings.followUps.find((v) => v.id === id);
		return visit ? localized(visit.name, lang) : id;
	};
	const closedCount = plan.sessions.filter((session) => session.closed && session.nextOpenDate).length;
	const gated = rules ? inputs.picks.filter((pick) => isPrescriberGated(rules, pick.selection === 'group' ? pick.id : (rules.medicines.find((m) => m.id === pick.id)?.group ?? ''))) : [];

	async function downloadCalendar() {
		// The calendar file's code loads when it is asked for, not with the page.
		const { courseCalendar } = await import('./course-calendar.ts');
		downloadText('session-plan.ics', courseCalendar(plan, { t, followUpName, labelOf: (item) => labelOf(pickOf(item)), phone, domain }, Date.now()), 'text/calendar');
	}

	return (
		<section class="result" aria-labelledby="result-title">
			<h2 id="result-title" tabIndex={-1} ref={heading}>
				{t('planner.result.title')}
			</h2>
			<p class="result__summary" id={SUMMARY_ID} tabIndex={-1}>
				{sentences.summary}
			</p>
			<p class="result__relief">{sentences.relief}</p>
			{[plan.lastSessionDate, ...plan.followUps.map((visit) => visit.date)].some((date) => date > closedUntil) && (
				<p class="result__closed">
					<strong>{t('calc.closedDaysEnd', { date: formatDate(closedUntil, tag, 'long') })}</strong>
				</p>
			)}
			{sentences.closed && <p class="result__closed">{sentences.closed}</p>}
			{sentences.limit.fits ? (
				<p class="course-limit">{sentences.limit.text}</p>
			) : (
				<div class="course-limit course-limit--over">
					<p>
						<strong>{sentences.limit.over}</strong>
					</p>
					<p>{sentences.limit.detail}</p>
					{props.suggestions}
				</div>
			)}
			{closedCount > 1 && (
				<p class="no-print">
					<button type="button" class="button button--secondary" onClick={props.onMoveAll}>
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
				<CourseResult plan={plan} strings={words} tag={tag} phone={phone} followUpName={followUpName} nameOf={(item) => (rules ? pickName(rules, pickOf(item), lang) : item.id)} onMove={props.onMove} exercise={exercise} />
				{sentences.cost && (
					<div class="cost">
						<h3>{t('planner.cost.title')}</h3>
						<p>{sentences.cost}</p>
						<p class="hint">{t('planner.cost.note')}</p>
					</div>
				)}
			</div>
			{letter &&
				gated.map((pick) => (
					<LetterButton
						key={`${pick.selection}-${pick.id}`}
						label={t('calc.letterNamed', { name: labelOf(pick) })}
						failed={t('calc.letterFailed')}
						letter={() => {
							// The planner's inputs and this one medicine; never the prescriber's agreement.
							const one = { medicineIds: pick.selection === 'medicine' ? [pick.id] : [], groupIds: pick.selection === 'group' ? [pick.id] : [] };
							const link = location.origin + location.pathname + encodeCourseFragment(courseLink(shown, inputs.moves, one));
							return { lang, tag, clinic: letter.clinic, phone, note: letter.note, dates: plan.sessions.map((session) => session.date), medicine: labelOf(pick), link };
						}}
					/>
				))}
			<TakeItWithYou t={t} onDownload={downloadCalendar} shareUrl={shareUrl} />
			{pack && shareUrl && (
				<p class="no-print">
					<a href={`${pack.href}${new URL(shareUrl).hash}`}>{pack.text}</a>
				</p>
			)}
		</section>
	);
}
