import { z } from 'zod';
import { languageCodes } from '../../../i18n/languages.ts';
import { exerciseAreas, exerciseCatalogue, exerciseIds } from './catalogue.ts';
import { ID_PATTERN } from '../../rules/limits.ts';
import { findRepeatedIds } from '../../rules/repeated-ids.ts';

/*
 * The clinic's `exercises` settings: which exercise sheets the site publishes, which exercises it
 * leaves out of them, and the clinic's own exercises. Validated at build time like every setting;
 * the rules of what is published are in ./published.ts.
 */

const text = (what: string) =>
	z
		.string({ error: `must be text (${what}), in quotes if it starts with a number or symbol` })
		.trim()
		.min(1, { error: `must not be empty: give ${what}` });

/** One text per language, like `{ en: "…", tr: "…" }`. */
const perLanguage = <T extends z.ZodType>(value: T, what: string) =>
	z.partialRecord(z.enum(languageCodes, { error: `must be one of the languages this site has: ${languageCodes.join(', ')}` }), value, {
		error: `must give ${what} per language, like { en: …, tr: … }`,
	});

const ownExerciseSchema = z
	.strictObject({
		id: z
			.string({ error: 'must be a short id in quotes, like "wall-push"' })
			.regex(ID_PATTERN, { error: 'must be lower-case letters, digits and single hyphens, like "wall-push"' })
			.refine((id) => !(exerciseIds as readonly string[]).includes(id), {
				error: 'is already the id of one of the site’s exercises; give your own exercise its own id',
			})
			.describe('A short id of lower-case letters, digits and hyphens, like "wall-push".'),
		area: z
			.enum(exerciseAreas, { error: `must be one of the exercise sheets: ${exerciseAreas.join(', ')}` })
			.describe('The sheet it belongs on.'),
		title: perLanguage(text('the exercise’s name'), 'the name').describe('Its name per language, like { en: "Wall push", tr: "Duvar itme" }.'),
		steps: perLanguage(
			z
				.array(text('a step'), { error: 'must be a list of steps, one short sentence each' })
				.min(1, { error: 'must list at least one step' })
				.max(8, { error: 'must list 8 steps or fewer, so the sheet still prints on one page' }),
			'the steps',
		).describe('The numbered steps per language, one short sentence each.'),
		howMany: perLanguage(text('how many times and how often'), 'how many and how often').describe(
			'How many and how often, per language, like { en: "10 times, 2 times a day." }.',
		),
		image: z
			.string({ error: 'must be the path of a picture inside public/, like "/exercises/wall-push.svg"' })
			.regex(/^\/[^\s]*\.(svg|png|webp)$/i, {
				error: 'must be a path inside the public folder starting with /, ending in .svg, .png or .webp',
			})
			.describe('The picture: a file inside public/, like "/exercises/wall-push.svg" (svg, png or webp).'),
		imageAlt: perLanguage(text('what the picture shows'), 'what the picture shows').describe(
			'What the picture shows, per language, for people who cannot see it.',
		),
	})
	.describe('An exercise of the clinic’s own, shown on the sheet of its area.');

export const exercisesSchema = z
	.strictObject({
		areas: z
			.array(z.enum(exerciseAreas, { error: `must be one of the exercise sheets: ${exerciseAreas.join(', ')}` }), {
				error: `must be a list of exercise sheets, like [knee, hip]; [] publishes none`,
			})
			.refine((areas) => new Set(areas).size === areas.length, { error: 'must not list a sheet twice' })
			.default([...exerciseAreas])
			.describe(`The exercise sheets to publish: ${exerciseAreas.map((area) => `\`${area}\``).join(', ')}. \`[]\` publishes none; patients then see the general exercise guide only.`),
		leaveOut: z
			.array(
				z.string({ error: 'must be the id of an exercise, like "knee-sit-to-stand"' }).refine((id) => (exerciseIds as readonly string[]).includes(id), {
					error: (issue) => `is not one of the site’s exercises; the ids are listed in the README, like ${nearestHint(String(issue.input))}`,
				}),
				{ error: 'must be a list of exercise ids, like [knee-sit-to-stand]' },
			)
			.default([])
			.describe('Exercises to leave out of their sheet, by id (listed below).'),
		own: z
			.array(ownExerciseSchema, { error: 'must be a list of exercises, each with id, area, title, steps, howMany, image and imageAlt' })
			.check((ctx) => {
				for (const issue of findRepeatedIds('own', ctx.value, 'exercise of your own')) {
					ctx.issues.push({ code: 'custom', input: ctx.value, path: issue.path.slice(1), message: issue.message });
				}
			})
			.default([])
			.describe('Your own exercises, each added to the sheet of its `area`. The build checks each has its words in every published language and that the picture exists.'),
	})
	.prefault({});

/** A hint for a wrong id: the ids that start with its first word, or the knee sheet's. */
function nearestHint(id: string): string {
	const prefix = `${id.split('-')[0] ?? ''}-`;
	const alike = exerciseIds.filter((known) => known.startsWith(prefix));
	return (alike.length > 0 ? alike : exerciseCatalogue.knee).map((known) => `"${known}"`).join(', ');
}

export type ExerciseSettings = z.output<typeof exercisesSchema>;
export type OwnExercise = ExerciseSettings['own'][number];
