import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './content-error.ts';
import { checkGuideOrder, splitGuideId, type GuideRef } from './guides.ts';

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
