import { formatDate } from '../../i18n/format-date.ts';
import { compareDates } from '../../lib/rules/dates/compare-dates.ts';
import { differenceInCalendarDays } from '../../lib/rules/dates/calendar.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { CoursePlan } from '../../lib/rules/planner/plan-course.ts';

interface Props {
	plan: CoursePlan;
	tag: string;
	/** The key's words: the same words the list beside it uses. `followUps` names the visits, or is empty. */
	labels: { session: string; bruising: string; relief: string; followUps: string; limit: string };
}

/**
 * How far apart, as a share of the track, two session markers must be not to touch on the
 * narrowest screen (320 px: a track of about 256 px, markers 1.6rem wide, plus a gap).
 */
const MARKER_SPACING = 12;

/**
 * The course as a picture: a line from the first session to the course limit (or the last date
 * shown, if later). Above the line, numbered sessions, set in rows so no two touch however close
 * they are (and on a top row, first relief and the follow-ups); below it, each session's bruising
 * window as a bar of its own; the limit as a dashed line through all. It repeats the list beside
 * it, so it is hidden from screen readers (`aria-hidden`); colour never carries meaning alone
 * (numbers, shapes, words in the key).
 */
/** The key's marks after the session's, in order: each a class (`timeline__<kind>`) and its label; a mark without a label is left out. */
const KEY = [
	['bruising', 'bruising'],
	['relief', 'relief'],
	['follow-up', 'followUps'],
	['limit', 'limit'],
] as const;

export function CourseTimeline({ plan, tag, labels }: Props) {
	const dates: IsoDate[] = [plan.courseLimit.latestLastSession, plan.lastSessionDate, ...plan.followUps.map((visit) => visit.date)];
	const end = dates.reduce((latest, date) => (compareDates(date, latest) > 0 ? date : latest));
	const span = Math.max(1, differenceInCalendarDays(end, plan.firstSessionDate));
	const share = (date: IsoDate) => (100 * differenceInCalendarDays(date, plan.firstSessionDate)) / span;
	const at = (date: IsoDate) => `${share(date)}%`;
	const width = (from: IsoDate, to: IsoDate) => `${(100 * differenceInCalendarDays(to, from)) / span}%`;

	// Each session takes the first row where it keeps its distance from the one before it.
	const rowEnds: number[] = [];
	const rows = plan.sessions.map((session) => {
		const position = share(session.date);
		const row = rowEnds.findIndex((last) => position - last >= MARKER_SPACING);
		const chosen = row === -1 ? rowEnds.length : row;
		rowEnds[chosen] = position;
		return chosen;
	});
	const rowCount = Math.max(1, rowEnds.length);

	return (
		<div class="timeline" aria-hidden="true">
			<div class="timeline__track" style={`--rows:${rowCount}`}>
				<span class={`timeline__limit${plan.courseLimit.fits ? '' : ' timeline__limit--over'}`} style={{ left: at(plan.courseLimit.latestLastSession) }} />
				<span class="timeline__relief" style={{ left: at(plan.firstReliefAround) }} />
				{plan.followUps.map((visit) => (
					<span class="timeline__follow-up" key={visit.id} style={{ left: at(visit.date) }} />
				))}
				{plan.sessions.map((session, index) => (
					<span
						class={`timeline__session${session.closed ? ' timeline__session--closed' : ''}`}
						key={`s${session.number}`}
						style={`left:${at(session.date)};--row:${rows[index] ?? 0}`}
					>
						{session.number}
					</span>
				))}
				{plan.sessions.map((session) => (
					<span class="timeline__bruising" key={`b${session.number}`} style={{ left: at(session.date), width: width(session.date, session.sideEffectsUntil) }} />
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
				{KEY.map(([kind, label]) =>
					labels[label] ? (
						<li key={kind}>
							<span class={`timeline__${kind} timeline__${kind}--key`} /> {labels[label]}
						</li>
					) : null,
				)}
			</ul>
		</div>
	);
}
