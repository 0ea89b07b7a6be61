import type { UiStrings } from '../../i18n/strings/en.ts';

/** Words only the page itself shows (around the island), so the island is not sent them. */
type PageOnlyKey = `planner.rules.${string}` | 'planner.title' | 'planner.description' | 'planner.intro' | 'calc.noScript';

/**
 * The strings the planner island needs: the shared calculator ones, its own, and the calendar
 * file's words it shares with the medication calculator (the medicine picker brings its own).
 */
export type PlannerKey = Exclude<Extract<keyof UiStrings, `calc.${string}` | `planner.${string}` | `medication.ics.${string}`>, PageOnlyKey>;
export type PlannerStrings = Pick<UiStrings, PlannerKey>;

const PREFIXES = ['calc.', 'planner.', 'medication.ics.'];
const PAGE_ONLY = ['planner.rules.', 'planner.title', 'planner.description', 'planner.intro', 'calc.noScript'];

/** The island's strings, picked at build time from a language's full set, so the page ships only the words the planner shows. */
export function plannerStrings(all: UiStrings): PlannerStrings {
	return Object.fromEntries(
		Object.entries(all).filter(([key]) => PREFIXES.some((prefix) => key.startsWith(prefix)) && !PAGE_ONLY.some((prefix) => key.startsWith(prefix))),
	) as PlannerStrings;
}
