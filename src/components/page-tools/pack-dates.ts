/*
 * The patient's own session dates in the before-treatment pack, when it is opened with the
 * planner's link (`#f=…&n=…&w=…`): read with the planner's own link reader and laid out by its
 * own rules (planCourse, with the clinic's settings the page carries as data), so the printout
 * and the planner never disagree. Only a plan the clinic can book is shown; any other (in the
 * past, too long, a closed day) sends the patient back to the planner. Loaded by PackPage.astro
 * only when the address holds a plan.
 */
import { fill } from '../../i18n/fill.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { planCourse } from '../../lib/rules/planner/plan-course.ts';
import type { PlannerSettings } from '../../lib/rules/planner/types.ts';
import { decodeCourseFragment } from '../../lib/rules/share/course-fragment.ts';
import { parseFragmentParams } from '../../lib/rules/share/fragment-params.ts';
import { readWholeNumber } from '../calculators/read-number.ts';
import { readToday } from '../calculators/today.ts';

const section = document.querySelector<HTMLElement>('[data-pack-dates]');
const data = document.getElementById('pack-planner');

if (section && data) {
	const settings = JSON.parse(data.textContent ?? '{}') as PlannerSettings;
	const words = section.dataset;
	const lang = section.dataset['lang'] ?? '';
	const tag = document.documentElement.lang;
	// The medicines stay with the planner: the pack shows the sessions, and the link to the rest.
	const shared = decodeCourseFragment(location.hash, settings, { groups: [], medicines: [] });
	// The counts as the link wrote them, read as the planner's boxes read them: a count that is not a
	// whole number, or outside the clinic's range, is never replaced by the default (the planner says what to change).
	const params = parseFragmentParams(location.hash);
	const count = (key: string, fallback: number) => {
		const text = params.get(key);
		if (text === undefined || text === '') return fallback;
		const read = readWholeNumber(text);
		return read.ok ? read.value : Number.NaN;
	};
	const result = shared.firstSession
		? planCourse({
				firstSession: shared.firstSession,
				sessions: count('n', settings.sessions.default),
				weeksBetween: count('w', settings.weeksBetween.default),
				today: readToday(),
				moveToOpenDay: shared.moves,
				settings,
			})
		: undefined;
	const list = section.querySelector('ul');
	const note = section.querySelector<HTMLElement>('[data-pack-dates-note]');
	const link = section.querySelector<HTMLAnchorElement>('a');
	if (link) link.href = `${link.getAttribute('href') ?? ''}${location.hash}`;
	if (result && result.status === 'ok' && result.plan.problems.length === 0) {
		const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
		list?.replaceChildren(
			...result.plan.sessions.map((session) => item(fill(words['session'] ?? '', { number: String(session.number), date: formatDate(session.date, tag, 'weekday') }))),
			...result.plan.followUps.map((visit) => {
				const name = settings.followUps.find((f) => f.id === visit.id)?.name[lang] ?? '';
				return item(fill(words['visit'] ?? '', { name, date: formatDate(visit.date, tag, 'weekday') }));
			}),
		);
	} else {
		list?.remove();
		if (note) note.textContent = words['check'] ?? '';
	}
	section.hidden = false;
}
