import type { Lang } from '../../../i18n/languages.ts';
import { exerciseAreas, exerciseCatalogue, type ExerciseArea, type ExerciseId } from './catalogue.ts';
import type { ExerciseSettings, OwnExercise } from './settings-schema.ts';

/**
 * What one sheet shows for a clinic: the site's exercises it keeps, in sheet order, then the
 * clinic's own exercises for that area.
 */
export interface PublishedSheet {
	area: ExerciseArea;
	exercises: ExerciseId[];
	own: OwnExercise[];
}

/**
 * The sheets a clinic publishes, in the site's order, each with its exercises. A sheet whose
 * exercises are all left out, and that has none of the clinic's own, is not published.
 *
 * @example
 * publishedSheets({ areas: ['knee'], leaveOut: ['knee-sit-to-stand'], own: [] }).map((s) => [s.area, s.exercises.length])
 * // => [['knee', 3]]
 */
export function publishedSheets(settings: ExerciseSettings): PublishedSheet[] {
	return exerciseAreas
		.filter((area) => settings.areas.includes(area))
		.map((area) => ({
			area,
			exercises: exerciseCatalogue[area].filter((id) => !settings.leaveOut.includes(id)),
			own: settings.own.filter((exercise) => exercise.area === area),
		}))
		.filter((sheet) => sheet.exercises.length + sheet.own.length > 0);
}

/**
 * Whether the sheet of `area` shows the site's exercise `id`.
 *
 * @example
 * isExercisePublished({ areas: ['knee'], leaveOut: [], own: [] }, 'back-bridge') // => false
 */
export function isExercisePublished(settings: ExerciseSettings, id: ExerciseId): boolean {
	return publishedSheets(settings).some((sheet) => (sheet.exercises as string[]).includes(id));
}

/**
 * Checks the clinic's own exercises against the rest of the settings, one plain sentence per
 * problem naming the settings file and field: each is on a published sheet, has its text in every
 * published language, and its picture is a file in public/.
 */
export function ownExerciseProblems(
	settings: ExerciseSettings,
	languages: readonly Lang[],
	file: string,
	publicFileExists: (path: string) => boolean,
): string[] {
	const problems: string[] = [];
	settings.own.forEach((exercise, i) => {
		const where = `${file}: exercises.own[${i}]`;
		if (!settings.areas.includes(exercise.area)) {
			problems.push(`${where}.area is "${exercise.area}", a sheet that exercises.areas does not publish; add it to exercises.areas or move the exercise.`);
		}
		for (const field of ['title', 'steps', 'howMany', 'imageAlt'] as const) {
			const missing = languages.filter((lang) => exercise[field][lang] === undefined);
			if (missing.length > 0) {
				problems.push(`${where}.${field} has no text in ${missing.join(', ')}; give it in every published language.`);
			}
		}
		if (!publicFileExists(exercise.image)) {
			problems.push(`${where}.image is "${exercise.image}", but there is no such file in public/; put the picture there or correct the path.`);
		}
	});
	return problems;
}
