import { formatDate } from '../../i18n/format-date.ts';
import { compareDates } from '../../lib/dates/compare-dates.ts';
import { differenceInCalendarDays } from '../../lib/dates/difference-in-calendar-days.ts';
import type { IsoDate } from '../../lib/dates/iso-date.ts';
import type { CoursePlan } from '../../lib/planner/plan-course.ts';

interface Props {
	plan: CoursePlan;
	tag: string;
	labels: { session: string; bruising: string; relief: string; followUp: string; limit: string };
}

/**
 * The course as a picture: a track from the first session to the course limit (or the last
 * date shown, if later), with numbered sessions, each one's bruising window as a bar, first
 * relief, follow-ups and the limit as a line. It repeats the list beside it, so it is hidden from
 * screen readers (`aria-hidden`); colour never carries meaning alone (numbers, shapes, words).
 */
export function CourseTimeline({ plan, tag, labels }: Props) {
	const dates: IsoDate[] = [plan.courseLimit.latestLastSession, plan.lastSessionDate, ...plan.followUps.map((visit) => visit.date)];
	const end = dates.reduce((latest, date) => (compareDates(date, latest) > 0 ? date : latest));
	const span = Math.max(1, differenceInCalendarDays(end, plan.firstSessionDate));
	const at = (date: IsoDate) => `${(100 * differenceInCalendarDays(date, plan.firstSessionDate)) / span}%`;
	const width = (from: IsoDate, to: IsoDate) => `${(100 * differenceInCalendarDays(to, from)) / span}%`;
	return (
		<div class="timeline" aria-hidden="true">
			<div class="timeline__track">
				{plan.sessions.map((session) => (
					<span class="timeline__bruising" key={`b${session.number}`} style={{ left: at(session.date), width: width(session.date, session.sideEffectsUntil) }} />
				))}
				<span class={`timeline__limit${plan.courseLimit.fits ? '' : ' timeline__limit--over'}`} style={{ left: at(plan.courseLimit.latestLastSession) }} />
				<span class="timeline__relief" style={{ left: at(plan.firstReliefAround) }} />
				{plan.followUps.map((visit) => (
					<span class="timeline__follow-up" key={visit.id} style={{ left: at(visit.date) }} />
				))}
				{plan.sessions.map((session) => (
					<span class={`timeline__session${session.closed ? ' timeline__session--closed' : ''}`} key={`s${session.number}`} style={{ left: at(session.date) }}>
						{session.number}
					</span>
				))}
			</div>
			<div class="timeline__scale">
				<span>{formatDate(plan.firstSessionDate, tag, 'short')}</span>
				<span>{formatDate(end, tag, 'short')}</span>
			</div>
			<ul class="timeline__key">
				<li>
					<span class="timeline__session timeline__session--key">1</span> {labels.session}
				</li>
				<li>
					<span class="timeline__bruising timeline__bruising--key" /> {labels.bruising}
				</li>
				<li>
					<span class="timeline__relief timeline__relief--key" /> {labels.relief}
				</li>
				{plan.followUps.length > 0 && (
					<li>
						<span class="timeline__follow-up timeline__follow-up--key" /> {labels.followUp}
					</li>
				)}
				<li>
					<span class="timeline__limit timeline__limit--key" /> {labels.limit}
				</li>
			</ul>
		</div>
	);
}
