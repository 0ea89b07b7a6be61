import { formatDuration } from '../../i18n/format-date.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { MedicationRules } from '../../lib/rules/medication/types.ts';
import type { CourseSuggestion, nearestFittingPlans } from '../../lib/rules/planner/nearest-plans.ts';
import type { CoursePlan, CoursePlanResult, planCourse } from '../../lib/rules/planner/plan-course.ts';
import type { MoveToOpenDay } from '../../lib/rules/planner/session-dates.ts';
import type { PlannerSettings } from '../../lib/rules/planner/types.ts';
import { encodeCourseFragment, type decodeCourseFragment, type typedCourseFields } from '../../lib/rules/share/course-fragment.ts';
import { parseFragmentParams } from '../../lib/rules/share/fragment-params.ts';
import type { LinkDate } from '../../lib/rules/share/link-date.ts';
import type { DateParts } from '../calculators/DateInput.tsx';
import type { FieldError } from '../calculators/ErrorSummary.tsx';
import { dateError, readDateFields } from '../calculators/read-date-fields.ts';
import { readWholeNumber } from '../calculators/read-number.ts';
import type { Translate } from '../calculators/translator.ts';
import type { CalculatorModel, Read } from '../calculators/use-calculator.ts';
import { pickedIds, type MedicinePick } from '../medication/picks.ts';
import type { PlannerKey } from './strings.ts';

/*
 * The session planner's model (issue 25): what the form holds, how a submit or a link is read
 * (form text becomes numbers and a date here, at the edge), and the plan, as pure functions of
 * the inputs, the clinic's rules and today. The island (./PlannerCalculator.tsx) shows them;
 * calculators/use-calculator.ts runs them.
 */

export const IDS = { date: 'first-session', sessions: 'sessions', weeks: 'weeks-between', find: 'planner-medicine-find' } as const;

export interface PlannerInputs {
	readonly date: DateParts;
	readonly sessions: string;
	readonly weeks: string;
	readonly picks: readonly MedicinePick[];
	/** Picked ids whose prescriber agreed to a stop (never in a link). */
	readonly agreed: readonly string[];
	/** Sessions moved from a closed day to the next open one. */
	readonly moves: MoveToOpenDay;
	/** The medicine search box's text. */
	readonly query: string;
}

/** What a link said that the boxes cannot hold: the date as it was written, names the page does not know. */
export interface PlannerLink {
	readonly date?: LinkDate | undefined;
	readonly unread: readonly string[];
}

type Course = { readonly firstSession: IsoDate; readonly sessions: number; readonly weeksBetween: number };

export type PlannerRead = Read<Course> & {
	/** With counts outside the clinic's range (and a usable date): the course to suggest the nearest plans that fit for. */
	readonly mend?: Course | undefined;
};

export interface PlannerShown {
	/** The plan, with whether it keeps the course limit: its `plan` is the answer. */
	readonly result?: Exclude<CoursePlanResult, { status: 'invalid' }> | undefined;
	readonly answer?: CoursePlan | undefined;
	/** The first date and interval asked for, which the plan's links carry. */
	readonly reading?: Course | undefined;
	readonly suggestions: readonly CourseSuggestion[];
}

type Count = 'sessions' | 'weeksBetween';

/** What the model needs of the answer's chunk. */
interface AnswerRules {
	planCourse: typeof planCourse;
	nearestFittingPlans: typeof nearestFittingPlans;
	decodeCourseFragment: typeof decodeCourseFragment;
	typedCourseFields: typeof typedCourseFields;
}

interface Context {
	tag: string;
	settings: PlannerSettings;
	/** The picker's medicine rules, once loaded: a link or a submit with a medicine waits for them. */
	rules: MedicationRules | undefined;
	/** The rules that lay the plan out and read its links, loaded with the answer (./result-view.ts). */
	view: AnswerRules | undefined;
	t: Translate<PlannerKey>;
	/** The first session's name in a sentence ("date of your first session"). */
	dateField: string;
	/** Loads the picker and the answer; resolves once both have arrived. */
	load: () => Promise<unknown>;
	/** What a submit waits for (lazy-picker.tsx `waitFor`). */
	waitFor: () => Promise<unknown> | undefined;
	labelOf: (pick: MedicinePick) => string;
}

export function plannerModel({ tag, settings, rules, view, t, dateField, load, waitFor, labelOf }: Context): CalculatorModel<PlannerInputs, PlannerLink, PlannerRead, PlannerShown> {
	const limits = { sessions: settings.sessions, weeksBetween: settings.weeksBetween };
	/** The message for a count, its limits written as the field counts ("4 weeks"). */
	const countMessage = (field: Count, error: 'notAWholeNumber' | 'tooFew' | 'tooMany') => {
		const count = (value: number) => (field === 'weeksBetween' ? formatDuration(value, 'week', tag) : value);
		return t(`planner.error.${field}.${error}`, { min: count(limits[field].min), max: count(limits[field].max) });
	};
	/** A count as typed, against the clinic's range. */
	const readCount = (field: Count, text: string, errors: FieldError[]) => {
		const read = readWholeNumber(text);
		const { min, max } = limits[field];
		const error = !read.ok ? read.error : read.value < min ? 'tooFew' : read.value > max ? 'tooMany' : undefined;
		if (error) errors.push({ field: field === 'sessions' ? IDS.sessions : IDS.weeks, message: countMessage(field, error) });
		return { value: read.ok ? read.value : undefined, inRange: error === undefined };
	};

	return {
		empty: { date: { day: '', month: '', year: '' }, sessions: String(settings.sessions.default), weeks: String(settings.weeksBetween.default), picks: [], agreed: [], moves: [], query: '' },
		// A new submit asks for the plan as the interval gives it: no session moved.
		beforeAsk: (inputs) => ({ ...inputs, moves: [] }),
		read: ({ inputs, today, link }) => {
			const errors: FieldError[] = [];
			const date = readDateFields(inputs.date, today, link?.date);
			if (!date.ok) errors.push(dateError(IDS.date, date.fields, t(`calc.dateError.${date.error}`, { field: dateField, value: link?.date?.text ?? '' })));
			const sessions = readCount('sessions', inputs.sessions, errors);
			const weeks = readCount('weeksBetween', inputs.weeks, errors);
			const unread = link?.unread ?? [];
			if (unread.length > 0) errors.push({ field: IDS.find, message: t('calc.linkUnknown', { names: unread.join(', ') }) });
			if (errors.length === 0 && date.ok && sessions.value !== undefined && weeks.value !== undefined) {
				return { errors, reading: { firstSession: date.date, sessions: sessions.value, weeksBetween: weeks.value } };
			}
			// Only counts out of range, with a usable date, can be mended by a suggestion.
			const mendable = date.ok && unread.length === 0 && sessions.value !== undefined && weeks.value !== undefined;
			return { errors, mend: mendable ? { firstSession: date.date, sessions: sessions.value ?? 0, weeksBetween: weeks.value ?? 0 } : undefined };
		},
		show: (inputs, read, today) => {
			const reading = read?.reading;
			const mend = read?.mend;
			if (!view) return { suggestions: [] };
			if (!reading) return { suggestions: mend ? view.nearestFittingPlans(mend.firstSession, mend.sessions, mend.weeksBetween, settings) : [] };
			const medicines = inputs.picks.length === 0 || !rules ? undefined : { ...pickedIds(inputs.picks), prescriberAgreed: inputs.agreed, rules };
			const result = view.planCourse({ ...reading, today, moveToOpenDay: inputs.moves, medicines, settings });
			if (result.status === 'invalid') return { suggestions: result.suggestions };
			return { result, answer: result.plan, reading, suggestions: result.suggestions };
		},
		fromLink: (hash, inputs) => {
			if (!rules || !view) return undefined;
			// Values a link gives outside the clinic's limits go into the fields, and the errors say so.
			const typed = view.typedCourseFields(hash);
			const shared = view.decodeCourseFragment(hash, settings, rules);
			const unread = shared.unread ?? [];
			if (!typed.firstSession && typed.sessions === null && typed.weeksBetween === null && unread.length === 0) return undefined;
			return {
				inputs: {
					...inputs,
					// A medicine the page does not know stays in the search box, with a message: never dropped unseen.
					query: unread.join(', '),
					picks: [...shared.medicineIds.map((id) => ({ selection: 'medicine' as const, id })), ...shared.groupIds.map((id) => ({ selection: 'group' as const, id }))],
					// The link never carries the agreement: whoever opens it confirms again.
					agreed: [],
					moves: shared.moves === 'all' ? 'all' : [...shared.moves],
					date: typed.firstSession?.parts ?? { day: '', month: '', year: '' },
					sessions: typed.sessions ?? String(settings.sessions.default),
					weeks: typed.weeksBetween ?? String(settings.weeksBetween.default),
				},
				link: { date: typed.firstSession ?? undefined, unread },
				ask: true,
			};
		},
		fragment: (shown, inputs) => encodeCourseFragment(courseLink(shown, inputs.moves, pickedIds(inputs.picks))),
		// A link waits for the clinic's medicines (they name the link's medicines); a submit, for a medicine typed.
		waitFor: (hash) => (hash === undefined ? waitFor() : (!rules || !view) && parseFragmentParams(hash).size > 0 ? load() : undefined),
		chosen: (inputs) => inputs.picks.map(labelOf),
	};
}

/**
 * What the planner's links carry for a plan: its first date, sessions, interval and moves, and
 * these medicines; never the prescriber's agreement.
 */
export function courseLink(shown: PlannerShown, moves: MoveToOpenDay, medicines: { medicineIds: string[]; groupIds: string[] }) {
	return {
		firstSession: shown.reading?.firstSession ?? null,
		sessions: shown.answer?.sessions.length ?? null,
		weeksBetween: shown.reading?.weeksBetween ?? null,
		moves: moves === 'none' ? [] : moves,
		...medicines,
	};
}
