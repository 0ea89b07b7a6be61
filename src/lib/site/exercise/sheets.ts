import { isLang, type Lang } from '../../../i18n/languages.ts';
import { isExerciseArea, type ExerciseArea } from './catalogue.ts';

/** An exercise page: the general guide (`overview`) or the sheet of an area. */
export type ExerciseSheetName = 'overview' | ExerciseArea;

/**
 * Splits an exercise page's id (`tr/knee`) into its language and sheet, or says in plain words
 * why the file is in the wrong place.
 *
 * @example
 * splitSheetId('tr/knee') // => { ok: true, lang: 'tr', sheet: 'knee' }
 */
export function splitSheetId(id: string): { ok: true; lang: Lang; sheet: ExerciseSheetName } | { ok: false; problem: string } {
	const [folder = '', sheet = '', ...rest] = id.split('/');
	if (!isLang(folder) || rest.length > 0 || !(sheet === 'overview' || isExerciseArea(sheet))) {
		return {
			ok: false,
			problem: `src/content/exercises/${id}.mdx: an exercise page must be src/content/exercises/<language>/<sheet>.mdx, where the sheet is overview or an area, like src/content/exercises/en/knee.mdx`,
		};
	}
	return { ok: true, lang: folder, sheet };
}

/**
 * The exercises a sheet's MDX source shows, in order: each `<Exercise id="…" title="…">`.
 *
 * @example
 * exercisesInSource('<Exercise id="knee-heel-slide" title="Heel slide" picture="…">') // => [{ id: 'knee-heel-slide', title: 'Heel slide' }]
 */
export function exercisesInSource(source: string): { id: string; title: string }[] {
	return [...source.matchAll(/<Exercise\b([^>]*)>/g)].map((m) => {
		const attrs = m[1] ?? '';
		return { id: /\bid="([^"]*)"/.exec(attrs)?.[1] ?? '', title: /\btitle="([^"]*)"/.exec(attrs)?.[1] ?? '' };
	});
}
