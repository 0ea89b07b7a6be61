import type { Lang } from '../i18n/languages.ts';

/** The kinds of page the site builds; a guide also carries its slug, an exercise page its sheet. */
export type PageKind = FixedPage | 'guide' | 'exercise' | 'notFound';
/** The pages every language has, at a fixed path. */
export type FixedPage = 'home' | 'guides' | 'planner' | 'medication' | 'search';

export interface Route {
	/** Path below the base, with a trailing slash and no leading one: '', 'tr/', 'tr/guides/x/'. */
	path: string;
	lang: Lang;
	kind: PageKind;
	/** The guide's id without its language folder, for `kind: 'guide'`; the sheet, for `kind: 'exercise'`. */
	slug?: string;
	/** The same page in each language that has it, as paths below the base. */
	alternates: Partial<Record<Lang, string>>;
}

export interface RouteInput {
	defaultLang: Lang;
	enabled: readonly Lang[];
	/** Each published guide: its language and its slug (the file name without extension). */
	guides: readonly { lang: Lang; slug: string }[];
}

const fixedPages: Record<FixedPage, string> = {
	home: '',
	guides: 'guides/',
	planner: 'plan-your-sessions/',
	medication: 'medication-dates/',
	search: 'search/',
};

/**
 * The path below the base of a page in `lang`: the default language sits at the top, the others
 * under their code.
 *
 * @example
 * localePath('tr', 'en', 'guides/') // => 'tr/guides/'
 * localePath('en', 'en', 'guides/') // => 'guides/'
 */
export function localePath(lang: Lang, defaultLang: Lang, path: string): string {
	return lang === defaultLang ? path : `${lang}/${path}`;
}

/** The path of a fixed page (home, guides list, calculators, search) in a language. */
export function pagePath(kind: FixedPage, lang: Lang, defaultLang: Lang): string {
	return localePath(lang, defaultLang, fixedPages[kind]);
}

/** The path of a guide in a language. */
export function guidePath(slug: string, lang: Lang, defaultLang: Lang): string {
	return localePath(lang, defaultLang, `guides/${slug}/`);
}

/**
 * Every page the site builds, in every enabled language, each knowing its twins in the other
 * languages (for `hreflang` links and the language switcher).
 *
 * @example
 * buildRoutes({ defaultLang: 'en', enabled: ['en'], guides: [] }).map((r) => r.path)
 * // => ['', 'guides/', 'plan-your-sessions/', 'medication-dates/', 'search/']
 */
export function buildRoutes({ defaultLang, enabled, guides }: RouteInput): Route[] {
	const routes: Route[] = [];
	for (const kind of Object.keys(fixedPages) as FixedPage[]) {
		const alternates = Object.fromEntries(enabled.map((lang) => [lang, pagePath(kind, lang, defaultLang)]));
		for (const lang of enabled) {
			routes.push({ path: pagePath(kind, lang, defaultLang), lang, kind, alternates });
		}
	}
	const published = guides.filter((g) => enabled.includes(g.lang));
	for (const guide of published) {
		const twins = published.filter((g) => g.slug === guide.slug);
		const alternates = Object.fromEntries(twins.map((g) => [g.lang, guidePath(g.slug, g.lang, defaultLang)]));
		routes.push({
			path: guidePath(guide.slug, guide.lang, defaultLang),
			lang: guide.lang,
			kind: 'guide',
			slug: guide.slug,
			alternates,
		});
	}
	return routes;
}
