import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../i18n/languages.ts';
import { settings } from '../settings/current.ts';
import { ownExerciseProblems, publishedSheets } from './published.ts';
import { splitSheetId, type ExerciseSheetName } from './sheets.ts';

export interface ExerciseSheet {
	lang: Lang;
	sheet: ExerciseSheetName;
	entry: CollectionEntry<'exercises'>;
}

/**
 * The exercise pages this clinic publishes: the general guide always, and the sheet of each area
 * that clinic.yaml publishes. A misplaced file, or an own exercise that does not fit the
 * settings, stops the build with a message naming the file and field.
 */
export async function loadExerciseSheets(): Promise<ExerciseSheet[]> {
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
	const file = process.env['CLINIC_SETTINGS'] || 'clinic.yaml';
	const publicDir = join(process.cwd(), 'public');
	problems.push(...ownExerciseProblems(settings.exercises, settings.languages.enabled, file, (path) => existsSync(join(publicDir, path))));
	if (problems.length > 0) {
		throw new Error(`The exercise sheets need fixing before the site can be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	}
	return sheets;
}
