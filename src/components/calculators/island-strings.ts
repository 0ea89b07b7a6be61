import type { UiStrings } from '../../i18n/strings/en.ts';

/**
 * A calculator island's words, picked at build time from a language's full set: every word the
 * island shows (`all`), the words the page sends with it (`page`: all but the answer's), and the
 * answer's (`answer`: they come with the answer's chunk, issue 26). `isIsland` says which keys are
 * the island's; `answerOnly` which of them only an answer shows.
 */
export function islandStrings<All, Page, Answer>(isIsland: (key: string) => boolean, answerOnly: RegExp) {
	const pick = (all: UiStrings, keep: (key: string) => boolean) => Object.fromEntries(Object.entries(all).filter(([key]) => isIsland(key) && keep(key)));
	return {
		all: (all: UiStrings) => pick(all, () => true) as All,
		page: (all: UiStrings) => pick(all, (key) => !answerOnly.test(key)) as Page,
		answer: (all: UiStrings) => pick(all, (key) => answerOnly.test(key)) as Answer,
	};
}
