import type { UiStrings } from '../../i18n/strings/en.ts';
import { islandStrings } from '../calculators/island-strings.ts';

/** Words only the page itself shows (around the island), so the island is not sent them. */
type PageOnlyKey = `planner.rules.${string}` | 'planner.title' | 'planner.description' | 'planner.intro' | 'calc.noScript';

/**
 * The strings the planner island needs: the shared calculator ones, its own, and the calendar
 * file's words it shares with the medication calculator (the medicine picker brings its own).
 */
export type PlannerKey = Exclude<Extract<keyof UiStrings, `calc.${string}` | `planner.${string}` | `medication.ics.${string}` | 'money.format'>, PageOnlyKey>;
export type PlannerStrings = Pick<UiStrings, PlannerKey>;

/**
 * Words only the answer shows (its plan, cost, letters and calendar file): they come with the
 * answer's components (`virtual:clinic/planner-words`, loaded with ./result-view.ts), not in the page (issue 26).
 */
export type AnswerOnlyKey = Extract<
	PlannerKey,
	`planner.${'cost' | 'ics' | 'limit' | 'medicine' | 'milestones' | 'result' | 'session' | 'timeline'}.${string}` | `medication.ics.${string}` | `calc.letter${string}`
>;
/** The island's words as the page sends them: all but the answer's. */
export type PagePlannerStrings = Omit<PlannerStrings, AnswerOnlyKey>;

const PREFIXES = ['calc.', 'planner.', 'medication.ics.', 'money.format'];
const PAGE_ONLY = ['planner.rules.', 'planner.title', 'planner.description', 'planner.intro', 'calc.noScript'];
const ANSWER_ONLY = /^(?:planner\.(?:cost|ics|limit|medicine|milestones|result|session|timeline)\.|medication\.ics\.|calc\.letter)/;

const isIslands = (key: string) => PREFIXES.some((prefix) => key.startsWith(prefix)) && !PAGE_ONLY.some((prefix) => key.startsWith(prefix));

const picks = islandStrings<PlannerStrings, PagePlannerStrings, Pick<UiStrings, AnswerOnlyKey>>(isIslands, ANSWER_ONLY);

/** Every word the island shows, answer included, picked at build time from a language's full set. */
export const plannerStrings = picks.all;

/** The island's words as the page sends them: the planner shows only these before its answer. */
export const plannerPageStrings = picks.page;

/** The answer's words in one language ({@link AnswerOnlyKey}), picked at build time. */
export const plannerAnswerStrings = picks.answer;
