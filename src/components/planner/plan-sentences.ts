import { formatDate, formatDuration } from '../../i18n/format-date.ts';
import { formatMoney } from '../../i18n/format-money.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { CoursePlan } from '../../lib/rules/planner/plan-course.ts';
import type { PlannerKey, PlannerStrings } from './strings.ts';
import { pluralTranslator, translator } from '../calculators/translator.ts';

/** The sentences above a plan's session list, each whole, in the page's language. */
export interface PlanSentences {
	summary: string;
	relief: string;
	/** Said when sessions fall on days the clinic is closed. */
	closed?: string | undefined;
	limit: { fits: true; text: string } | { fits: false; over: string; detail: string };
	/** The estimated cost, when the clinic has set a price. */
	cost?: string | undefined;
}

/**
 * The plan's summary, first relief, closed days, course limit and cost in words: whole templates
 * from the language's strings, in its plural forms, with dates, durations and money written by the
 * site's one formatter of each, every sentence starting with a capital. Pure, so a test can read
 * every answer the planner gives.
 */
export function planSentences(
	plan: CoursePlan,
	weeksBetween: number,
	price: { amount: number; currency: string } | undefined,
	strings: PlannerStrings,
	tag: string,
): PlanSentences {
	const t = translator<PlannerKey>(strings, tag);
	const tn = pluralTranslator<PlannerKey>(strings, tag);
	const day = (date: IsoDate) => formatDate(date, tag, 'weekday');
	const months = formatDuration(plan.courseLimit.months, 'month', tag);
	const money = (amount: number) => formatMoney(amount, price?.currency ?? 'GBP', tag, strings['money.format']);
	// The rules' one notion of a bookable plan (src/lib/rules/planner/bookable.ts) names the closed sessions.
	const closed = plan.problems.filter((problem) => problem.problem === 'closed').length;
	const count = plan.sessions.length;
	return {
		summary: tn('planner.result.summary', count, { count, weeks: formatDuration(weeksBetween, 'week', tag), first: day(plan.firstSessionDate), last: day(plan.lastSessionDate) }),
		relief: t('planner.milestones.relief', { date: day(plan.firstReliefAround) }),
		closed: closed > 0 ? tn('planner.result.closed', closed, { count: closed }) : undefined,
		limit: plan.courseLimit.fits
			? { fits: true, text: t('planner.limit.fits', { months, date: day(plan.courseLimit.latestLastSession) }) }
			: {
					fits: false,
					over: t('planner.limit.over', { days: formatDuration(plan.courseLimit.daysOver, 'day', tag), months }),
					detail: t('planner.limit.overDetail', { last: day(plan.lastSessionDate), date: day(plan.courseLimit.latestLastSession) }),
				},
		cost: price ? tn('planner.cost.total', count, { total: money(price.amount * count), count, price: money(price.amount) }) : undefined,
	};
}
