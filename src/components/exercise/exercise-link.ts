import type { Lang, Translate } from '../../i18n/index.ts';
import { loadExerciseSheets } from '../../lib/site/content/load-exercise-sheets.ts';
import { exerciseUrl } from '../../lib/site/url.ts';

/**
 * Where the planner's "exercise programme starts" line links, as plain data for the island: the
 * clinic's one sheet when it publishes one, else the general exercise guide that lists them,
 * in the page's language and with its translator (`Astro.locals`). Build time only.
 */
export async function exerciseLink(lang: Lang, t: Translate): Promise<{ href: string; text: string }> {
	const sheets = (await loadExerciseSheets()).filter((s) => s.lang === lang && s.sheet !== 'overview');
	const only = sheets.length === 1 ? sheets[0] : undefined;
	return {
		href: exerciseUrl(only?.sheet ?? 'overview', lang),
		text: only?.entry.data.title ?? t('exercise.sheets.title'),
	};
}
