import { z } from 'astro/zod';
import { calendarDayAt } from '../../rules/dates/calendar.ts';
import { isIsoDate } from '../../rules/dates/iso-date.ts';

/** The guide topics, in the order of the patient's journey. */
export const guideTopics = [
	'what-it-is',
	'who-it-is-for',
	'before-treatment',
	'preparation',
	'treatment-day',
	'side-effects',
	'aftercare',
	'results',
	'costs',
	'questions',
] as const;

/**
 * A calendar date in front matter, written `2026-11-20`, checked as the rules check every date
 * (isIsoDate). YAML reads an unquoted date as UTC midnight; its UTC day is the calendar date, so
 * no time zone can shift it.
 */
const calendarDate = (what: string) =>
	z
		.union([z.date(), z.string()], { error: `${what} must be a date written like 2026-11-20` })
		.transform((value, ctx) => {
			const iso = typeof value === 'string' ? value : calendarDayAt(value.getTime());
			if (!isIsoDate(iso)) {
				ctx.addIssue({ code: 'custom', message: `${what} must be a real date written like 2026-11-20` });
				return z.NEVER;
			}
			return iso;
		});

const required = (field: string, example: string) => ({
	error: (issue: { input: unknown }) =>
		issue.input === undefined ? `add "${field}" to the front matter, like ${field}: ${example}` : `"${field}" must be text, like ${field}: ${example}`,
});

export const sourceSchema = z.strictObject({
	title: z.string(required('title', 'Prolotherapy for knee osteoarthritis')).min(1),
	publisher: z.string(required('publisher', 'Annals of Family Medicine')).min(1),
	year: z
		.number({ error: 'year must be a year written as a number, like 2013' })
		.int()
		.min(1900, { error: 'year must be 1900 or later' })
		.max(2100, { error: 'year must be 2100 or earlier' })
		.optional(),
	/** For a web page without a confirmed publication year: the month it was read, like 2026-11. */
	accessed: z
		.string({ error: 'accessed must be the month the page was read, written like 2026-11' })
		.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'accessed must be the month the page was read, written like 2026-11' })
		.optional(),
	url: z.url({ protocol: /^https$/, error: 'url must be the full web address of the source, starting with https://' }).optional(),
}).refine((s) => (s.year === undefined) !== (s.accessed === undefined), {
	error: 'give a source either the year it was published (year: 2013) or, for a web page, the month it was read (accessed: 2026-11)',
	path: ['year'],
});

/** The front matter every guide must have. */
export const guideSchema = z
	.strictObject({
		title: z.string(required('title', 'What prolotherapy is')).min(1, { error: 'title must not be empty' }),
		description: z
			.string(required('description', 'A short summary for search results'))
			.min(20, { error: 'description must be a sentence of at least 20 characters; search engines and the guide list show it' })
			.max(200, { error: 'description must be 200 characters or fewer' }),
		topic: z.enum(guideTopics, { error: `topic must be one of: ${guideTopics.join(', ')}` }),
		order: z
			.number({ error: 'order must be a whole number giving the guide’s place in the patient journey, like 1' })
			.int({ error: 'order must be a whole number, like 1' })
			.min(1, { error: 'order must be 1 or more' }),
		lastReviewed: calendarDate('lastReviewed'),
		nextReview: calendarDate('nextReview'),
		reviewer: z
			.strictObject({ name: z.string().min(1), role: z.string().min(1) })
			.optional()
			.describe('Who reviewed this guide; leave out to show the clinic’s reviewer from clinic.yaml.'),
		sources: z.array(sourceSchema, { error: 'sources must be a list of sources, each with title, publisher and year' }).min(1, {
			error: 'sources must list at least one source',
		}),
	})
	.refine((g) => g.nextReview > g.lastReviewed, {
		error: 'nextReview must be after lastReviewed',
		path: ['nextReview'],
	});

export type GuideData = z.output<typeof guideSchema>;
