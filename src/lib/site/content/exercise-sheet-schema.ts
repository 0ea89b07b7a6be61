import { z } from 'astro/zod';
import { guideSchema, sourceSchema } from './guide-schema.ts';
import { exerciseAreas } from '../exercise/catalogue.ts';

/**
 * The front matter of an exercise page: a guide's (title, description, review dates, reviewer,
 * sources), with `sheet` in place of the guide's topic and order: `overview` for the general
 * exercise guide, or the area of an exercise sheet. Each source also says when it was read.
 */
export const exerciseSheetSchema = z
	.strictObject({
		title: guideSchema.shape.title,
		description: guideSchema.shape.description,
		sheet: z.enum(['overview', ...exerciseAreas], { error: `sheet must be one of: overview, ${exerciseAreas.join(', ')}` }),
		lastReviewed: guideSchema.shape.lastReviewed,
		nextReview: guideSchema.shape.nextReview,
		reviewer: guideSchema.shape.reviewer,
		sources: z
			.array(
				// A guide's source gives a year or the month it was read; a sheet's gives the month always.
				z.strictObject({
					...sourceSchema.shape,
					accessed: z
						.string({ error: 'accessed must be the month you read the source, written like 2026-11' })
						.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'accessed must be the month you read the source, written like 2026-11' }),
				}),
				{ error: 'sources must be a list of sources, each with title, publisher, year and accessed' },
			)
			.min(1, { error: 'sources must list at least one source' }),
	})
	.refine((g) => g.nextReview > g.lastReviewed, { error: 'nextReview must be after lastReviewed', path: ['nextReview'] });

export type ExerciseSheetData = z.output<typeof exerciseSheetSchema>;
