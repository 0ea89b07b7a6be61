import leven from 'leven';
import type { Lang } from '../i18n/languages.ts';

/**
 * How much a page type may weigh (scripts/budget/budgets.ts holds the figures for each class):
 * `content` pages ship no island, `calculator` pages ship one, `search` loads Pagefind on demand,
 * `printout` pages put several guides' text on one page to print.
 */
export type BudgetClass = 'content' | 'calculator' | 'search' | 'printout';

/** What the site needs to know about one kind of page. */
export interface PageKindSpec {
	/**
	 * The page's path below a language's root, the same in every language: the default language
	 * sits at the top, the others under their code (see {@link localePath}). A guide's path holds
	 * `[slug]`.
	 */
	readonly path: string;
	/** The page-weight class the budgets measure it against. */
	readonly budget: BudgetClass;
	/** Whether the offline service worker keeps it ahead, so a very large site stays small offline. */
	readonly offline: boolean;
	/** `every`: built in each enabled language; `default`: once, in the default language (404.html). */
	readonly languages: 'every' | 'default';
	/** For a kind with `[slug]`: the page the budgets and Lighthouse measure (default SAMPLE_GUIDE). */
	readonly sample?: string;
	/**
	 * `false` for a page for clinic staff: left out of the sitemap (and so of the budgets' and
	 * axe's walk, which name it themselves), never in search, marked `noindex`. Default true.
	 */
	readonly listed?: boolean;
}

/**
 * Every kind of page the site builds: the one place a page's path, weight class and offline
 * status are written. Adding a kind is one entry here and one component in
 * src/pages/[...path].astro, whose table the type check holds to this one.
 */
export const pageKinds = {
	home: { path: '', budget: 'content', offline: true, languages: 'every' },
	guides: { path: 'guides/', budget: 'content', offline: true, languages: 'every' },
	guide: { path: 'guides/[slug]/', budget: 'content', offline: false, languages: 'every' },
	// The general exercise guide is `exercises/`, each area's sheet `exercises/<area>/`
	// (src/lib/site/exercise/routes.ts, which the clinic's `exercises` settings filter).
	exercise: { path: 'exercises/[slug]/', budget: 'content', offline: false, languages: 'every', sample: 'knee' },
	planner: { path: 'plan-your-sessions/', budget: 'calculator', offline: true, languages: 'every' },
	medication: { path: 'medication-dates/', budget: 'calculator', offline: true, languages: 'every' },
	search: { path: 'search/', budget: 'search', offline: false, languages: 'every' },
	// For clinic staff: prints an insert for the appointment letter (issue 23).
	clinicLetter: { path: 'clinic-letter/', budget: 'calculator', offline: true, languages: 'every', listed: false },
	// "Before your treatment" in one printout: three guides' text, and the planner's rules as data
	// for the patient's dates (issue 27). Its weight is the guides' text: a printout, not a calculator.
	pack: { path: 'print/before-treatment/', budget: 'printout', offline: true, languages: 'every' },
	notFound: { path: '404.html', budget: 'content', offline: true, languages: 'default' },
} as const satisfies Record<string, PageKindSpec>;

/** The kinds of page the site builds; a guide also carries its slug. */
export type PageKind = keyof typeof pageKinds;
/** The kinds src/pages/[...path].astro renders (404.astro renders `notFound`, as static hosts expect). */
export type RoutedKind = Exclude<PageKind, 'notFound'>;
/** The pages every language has, at a fixed path. */
export type FixedPage = Exclude<RoutedKind, 'guide' | 'exercise'>;

/**
 * The calculator pages (the `calculator` budget class): built by their own route
 * (src/pages/[...calculator].astro), so their styles are bundled apart from the guides' (each
 * route's styles load only on its pages, issue 26).
 */
export type CalculatorPage = { [Kind in PageKind]: (typeof pageKinds)[Kind]['budget'] extends 'calculator' ? Kind : never }[PageKind];
export const calculatorPages: ReadonlySet<PageKind> = new Set(Object.entries(pageKinds).flatMap(([kind, spec]: [string, PageKindSpec]) => (spec.budget === 'calculator' ? [kind as PageKind] : [])));

/** One component for each routed kind: a kind without one fails the type check. */
export type PageComponents<Component> = { readonly [Kind in RoutedKind]: Component };

/** The guide the budgets and Lighthouse measure for the `guide` kind: the longest patients read. */
export const SAMPLE_GUIDE = 'side-effects';

/**
 * A page of each kind to measure, as a path below a language's root (a guide stands in for all).
 *
 * @example
 * samplePaths().guide // => 'guides/side-effects/'
 */
export function samplePaths(): Record<PageKind, string> {
	return Object.fromEntries(
		Object.entries(pageKinds).map(([kind, spec]: [string, PageKindSpec]) => [kind, spec.path.replace('[slug]', spec.sample ?? SAMPLE_GUIDE)]),
	) as Record<PageKind, string>;
}

/**
 * Whether a kind of page is listed for patients (sitemap, search): every kind but staff pages.
 *
 * @example
 * isListed('clinicLetter') // => false
 * isListed('planner')      // => true
 */
export function isListed(kind: PageKind): boolean {
	const spec: PageKindSpec = pageKinds[kind];
	return spec.listed !== false;
}

/**
 * Whether the offline service worker keeps a page ahead: the kinds marked `offline`, in any language.
 *
 * @example
 * isOfflinePage('tr/plan-your-sessions/') // => true
 * isOfflinePage('guides/costs/')          // => false
 */
export function isOfflinePage(path: string): boolean {
	const rest = /^[a-z]{2}\//.test(path) ? path.slice(3) : path;
	return Object.values(pageKinds).some((spec) => spec.offline && spec.path === rest);
}

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

/** The kinds at a fixed path in every language: the pages a guide's `<PageLink to>` may name. */
export const fixedPages = Object.keys(pageKinds).filter(
	(kind): kind is FixedPage => !pageKinds[kind as PageKind].path.includes('[slug]') && pageKinds[kind as PageKind].languages === 'every',
);

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
	return localePath(lang, defaultLang, pageKinds[kind].path);
}

/** The path of a guide in a language. */
export function guidePath(slug: string, lang: Lang, defaultLang: Lang): string {
	return localePath(lang, defaultLang, pageKinds.guide.path.replace('[slug]', slug));
}

/**
 * Every page the site builds, in every enabled language, each knowing its twins in the other
 * languages (for `hreflang` links and the language switcher).
 *
 * @example
 * buildRoutes({ defaultLang: 'en', enabled: ['en'], guides: [] }).map((r) => r.path)
 * // => ['', 'guides/', 'plan-your-sessions/', 'medication-dates/', 'search/', 'clinic-letter/', 'print/before-treatment/']
 */
export function buildRoutes({ defaultLang, enabled, guides }: RouteInput): Route[] {
	const routes: Route[] = [];
	for (const kind of fixedPages) {
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

/**
 * The path of a page in a language, from the site's routes, for links between pages. A guide that
 * the language does not have stops the build with a message naming it, instead of a dead link.
 *
 * @example
 * const routes = buildRoutes({ defaultLang: 'en', enabled: ['en', 'tr'], guides: [{ lang: 'en', slug: 'costs' }] });
 * linkPath(routes, 'tr', { kind: 'medication' }) // => 'tr/medication-dates/'
 * linkPath(routes, 'tr', { kind: 'guide', slug: 'costs' }) // throws: there is no Turkish "costs" guide
 */
export function linkPath(routes: readonly Route[], lang: Lang, to: { kind: FixedPage } | { kind: 'guide'; slug: string }): string {
	const slug = 'slug' in to ? to.slug : undefined;
	const route = routes.find((r) => r.lang === lang && r.kind === to.kind && r.slug === slug);
	if (!route) {
		throw new LinkError(
			to.kind === 'guide'
				? `A link names the guide "${to.slug}", which the ${lang} guides do not have (src/content/guides/${lang}/${to.slug}.mdx); ${nearest(
						routes.filter((r) => r.lang === lang && r.kind === 'guide').map((r) => r.slug ?? ''),
						to.slug,
					)}.`
				: `A link names the page "${to.kind}", which the ${lang} site does not build.`,
		);
	}
	return route.path;
}

/** A link to a page the site does not build: its message is the whole story, for a clinic to read. */
export class LinkError extends Error {}

/**
 * The few names nearest to `wanted`, for an error message: a site may have a thousand guides.
 *
 * @example
 * nearest(['costs', 'results', 'side-effects', 'aftercare', 'questions'], 'side-effect')
 * // => 'the nearest are side-effects, aftercare and questions, of 5 guides'
 * nearest([], 'costs') // => 'there are no guides in that language'
 */
export function nearest(names: readonly string[], wanted: string, count = 3): string {
	if (names.length === 0) return 'there are no guides in that language';
	const closest = [...names].sort((a, b) => leven(a, wanted) - leven(b, wanted) || a.localeCompare(b)).slice(0, count);
	const list = closest.length === 1 ? closest[0] : `${closest.slice(0, -1).join(', ')} and ${closest.at(-1)}`;
	return names.length === 1 ? `the only one is ${list}` : `the nearest are ${list}, of ${names.length} guides`;
}

/**
 * The route of the 404 page, which static hosts serve for any missing path, in the default language.
 *
 * @example
 * notFoundRoute('tr').path // => '404.html'
 */
export function notFoundRoute(defaultLang: Lang): Route {
	return { path: pageKinds.notFound.path, lang: defaultLang, kind: 'notFound', alternates: {} };
}
