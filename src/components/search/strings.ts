import type { UiStrings } from '../../i18n/strings/en.ts';

/** The strings the search page's script shows. */
export type SearchKey = Extract<
	keyof UiStrings,
	'search.resultsOne' | 'search.resultsOther' | 'search.noResults' | 'search.inThisGuide' | 'search.devMode'
>;
export type SearchStrings = Pick<UiStrings, SearchKey>;

const KEYS: readonly SearchKey[] = ['search.resultsOne', 'search.resultsOther', 'search.noResults', 'search.inThisGuide', 'search.devMode'];

/** Picks the script's strings from a language's full set at build time. */
export function searchStrings(all: UiStrings): SearchStrings {
	return Object.fromEntries(KEYS.map((key) => [key, all[key]])) as SearchStrings;
}
