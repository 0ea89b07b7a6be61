import { isLang, type Lang } from '../../../i18n/languages.ts';

export interface GuideRef {
	/** The collection id: `en/costs`. */
	id: string;
	lang: Lang;
	/** The id without its language folder: `costs`. */
	slug: string;
	order: number;
	title: string;
}

/**
 * Splits a guide id (`tr/costs`) into its language and slug, or explains in plain words why the
 * file is in the wrong place.
 *
 * @example
 * splitGuideId('tr/costs') // => { ok: true, lang: 'tr', slug: 'costs' }
 */
export function splitGuideId(id: string): { ok: true; lang: Lang; slug: string } | { ok: false; problem: string } {
	const [folder = '', slug = '', ...rest] = id.split('/');
	if (!isLang(folder) || !slug || rest.length > 0) {
		return {
			ok: false,
			problem: `src/content/guides/${id}.mdx: a guide must sit in a language folder, like src/content/guides/en/${slug || folder}.mdx`,
		};
	}
	return { ok: true, lang: folder, slug };
}

/**
 * Checks the guides of each language together: no two share an `order`. Returns one plain
 * sentence per problem, naming the files.
 */
export function checkGuideOrder(guides: readonly GuideRef[]): string[] {
	const problems: string[] = [];
	const seen = new Map<string, GuideRef>();
	for (const guide of guides) {
		const key = `${guide.lang}:${guide.order}`;
		const other = seen.get(key);
		if (other) {
			problems.push(
				`src/content/guides/${guide.id}.mdx: order ${guide.order} is already used by src/content/guides/${other.id}.mdx; give each guide its own place in the journey`,
			);
		}
		seen.set(key, guide);
	}
	return problems;
}

/** The guides of one language in journey order. */
export function guidesInOrder<T extends GuideRef>(guides: readonly T[], lang: Lang): T[] {
	return guides.filter((g) => g.lang === lang).sort((a, b) => a.order - b.order);
}
