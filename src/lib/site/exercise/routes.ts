import type { Lang } from '../../../i18n/languages.ts';
import { localePath, type Route } from '../../routes.ts';
import type { ExerciseSheetName } from './sheets.ts';

/*
 * The exercise pages' addresses, kept apart from the main route table (src/lib/routes.ts) so the
 * two can change independently: `exercises/` is the general exercise guide, `exercises/<area>/`
 * an area's sheet, in each language like every page.
 */

/**
 * The path below the base of an exercise page in a language.
 *
 * @example
 * exercisePath('overview', 'en', 'en') // => 'exercises/'
 * exercisePath('knee', 'tr', 'en') // => 'tr/exercises/knee/'
 */
export function exercisePath(sheet: ExerciseSheetName, lang: Lang, defaultLang: Lang): string {
	return localePath(lang, defaultLang, sheet === 'overview' ? 'exercises/' : `exercises/${sheet}/`);
}

/**
 * A route for each published exercise page in each enabled language, with its twins.
 *
 * @example
 * exerciseRoutes({ defaultLang: 'en', enabled: ['en'], sheets: [{ lang: 'en', sheet: 'overview' }, { lang: 'tr', sheet: 'knee' }] }).map((r) => r.path)
 * // => ['exercises/']
 */
export function exerciseRoutes({
	defaultLang,
	enabled,
	sheets,
}: {
	defaultLang: Lang;
	enabled: readonly Lang[];
	sheets: readonly { lang: Lang; sheet: ExerciseSheetName }[];
}): Route[] {
	const published = sheets.filter((s) => enabled.includes(s.lang));
	return published.map((page) => ({
		path: exercisePath(page.sheet, page.lang, defaultLang),
		lang: page.lang,
		kind: 'exercise',
		slug: page.sheet,
		alternates: Object.fromEntries(
			published.filter((twin) => twin.sheet === page.sheet).map((twin) => [twin.lang, exercisePath(twin.sheet, twin.lang, defaultLang)]),
		),
	}));
}
