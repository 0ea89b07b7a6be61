import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../../i18n/languages.ts';
import { settings } from '../settings/current.ts';
import { ContentError } from './content-error.ts';
import { publishedSheets } from '../exercise/published.ts';
import { splitSheetId, type ExerciseSheetName } from '../exercise/sheets.ts';

export interface ExerciseSheet {
	lang: Lang;
	sheet: ExerciseSheetName;
	entry: CollectionEntry<'exercises'>;
}

let loaded: Promise<ExerciseSheet[]> | undefined;

/**
 * The exercise pages this clinic publishes: the general guide always, and the sheet of each area
 * that clinic.yaml publishes. A misplaced file stops the build with a message naming it. Worked
 * out once per build, like the guides: the body map and the exercise links ask on every page.
 */
export function loadExerciseSheets(): Promise<ExerciseSheet[]> {
	loaded ??= readExerciseSheets();
	return loaded;
}

async function readExerciseSheets(): Promise<ExerciseSheet[]> {
	const entries = await getCollection('exercises');
	const problems: string[] = [];
	const sheets: ExerciseSheet[] = [];
	const areas = new Set<string>(publishedSheets(settings.exercises).map((s) => s.area));
	for (const entry of entries) {
		const split = splitSheetId(entry.id);
		if (!split.ok) {
			problems.push(split.problem);
			continue;
		}
		if (entry.data.sheet !== split.sheet) {
			problems.push(`src/content/exercises/${entry.id}.mdx: sheet is "${entry.data.sheet}" but the file is named ${split.sheet}.mdx; make them the same`);
			continue;
		}
		if (split.sheet === 'overview' || areas.has(split.sheet)) sheets.push({ lang: split.lang, sheet: split.sheet, entry });
	}
	// The clinic's own exercises are checked with the settings (src/lib/site/settings/load.ts).
	if (problems.length > 0) throw new ContentError('exercise sheets', problems);
	return sheets;
}
