import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './content-error.ts';
import type { Lang } from '../../../i18n/languages.ts';
import { checkGuideOrder, guidesInOrder, splitGuideId, type GuideRef } from './guides.ts';

export interface Guide extends GuideRef {
	entry: CollectionEntry<'guides'>;
}

let loaded: Promise<Guide[]> | undefined;

/**
 * Every guide with its language and slug, checked. A misplaced file or a repeated order stops the
 * build with a message that names the file. Worked out once per build, not once per page: every
 * page asks (issue 26: a thousand guides made that a thousand collection reads and checks).
 */
export function loadGuides(): Promise<Guide[]> {
	loaded ??= readGuides();
	return loaded;
}

const journeys = new Map<Lang, Promise<Guide[]>>();

/**
 * One language's guides in journey order (see {@link guidesInOrder}), sorted once per build and
 * language: every guide page shows its place in the journey and the guides either side.
 */
export function loadJourney(lang: Lang): Promise<Guide[]> {
	let journey = journeys.get(lang);
	if (!journey) {
		journey = loadGuides().then((guides) => guidesInOrder(guides, lang));
		journeys.set(lang, journey);
	}
	return journey;
}

async function readGuides(): Promise<Guide[]> {
	const entries = await getCollection('guides');
	const problems: string[] = [];
	const guides: Guide[] = [];
	for (const entry of entries) {
		const split = splitGuideId(entry.id);
		if (!split.ok) {
			problems.push(split.problem);
			continue;
		}
		guides.push({ id: entry.id, lang: split.lang, slug: split.slug, order: entry.data.order, title: entry.data.title, entry });
	}
	problems.push(...checkGuideOrder(guides));
	if (problems.length > 0) {
		throw new ContentError('guides', problems);
	}
	return guides;
}
