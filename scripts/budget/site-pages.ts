/**
 * The pages a budget run measures: every page of the built site's sitemap, the 404 page and the
 * staff pages (in no sitemap), each with its kind from the route table. The route table is built
 * as the site's own is (src/lib/site/content/site-routes.ts), from the guide and exercise-sheet
 * files on disk and the clinic settings, since a script has no Astro content layer.
 */
import { readdirSync } from 'node:fs';
import { buildRoutes, isListed, type PageKind, type Route } from '../../src/lib/routes.ts';
import { splitGuideId } from '../../src/lib/site/content/guides.ts';
import { publishedSheets } from '../../src/lib/site/exercise/published.ts';
import { exerciseRoutes } from '../../src/lib/site/exercise/routes.ts';
import { splitSheetId } from '../../src/lib/site/exercise/sheets.ts';
import type { Settings } from '../../src/lib/site/settings/schema.ts';

/**
 * The kind of each page in the sitemap, from the route table, by its path below the base. A
 * sitemap page the route table does not know is an error.
 *
 * @example
 * kindOf('tr/guides/costs/', [{ path: 'tr/guides/costs/', lang: 'tr', kind: 'guide', alternates: {} }]) // => 'guide'
 */
export function kindOf(path: string, routes: readonly Route[]): PageKind {
	const route = routes.find((r) => r.path === path);
	if (!route) throw new Error(`The sitemap lists "${path}", which the route table (src/lib/routes.ts) does not build.`);
	return route.kind;
}

/** The guides in the content folder, as the route table takes them. */
function guideFiles(folder: string) {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) => {
			const split = splitGuideId(file.replace(/\\/g, '/').replace(/\.mdx$/, ''));
			return split.ok ? [{ lang: split.lang, slug: split.slug }] : [];
		});
}

/** The route table of a build with these settings and content folders. */
export function siteRoutesOnDisk(settings: Settings, guidesDir: string, exercisesDir = 'src/content/exercises'): Route[] {
	const languages = { defaultLang: settings.languages.default, enabled: settings.languages.enabled };
	const routes = buildRoutes({ ...languages, guides: guideFiles(guidesDir) });
	// Exercise pages (issue 17): the general guide and each sheet the clinic publishes.
	const published = new Set<string>(['overview', ...publishedSheets(settings.exercises).map((s) => s.area)]);
	const sheets = readdirSync(exercisesDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) => {
			const split = splitSheetId(file.replace(/\\/g, '/').replace(/\.mdx$/, ''));
			return split.ok && published.has(split.sheet) ? [{ lang: split.lang, sheet: split.sheet }] : [];
		});
	return [...routes, ...exerciseRoutes({ ...languages, sheets })];
}

export interface SitePage {
	url: string;
	/** The path below the base, `(404)` for the missing page. */
	path: string;
	kind: PageKind;
}

/** Every page to measure on the served site at `siteUrl`: the sitemap's, the 404 page, the staff pages. */
export async function sitePages(siteUrl: string, base: string, routes: readonly Route[]): Promise<SitePage[]> {
	const sitemap = await (await fetch(new URL('sitemap.xml', siteUrl))).text();
	const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
		const path = new URL(m[1] ?? '').pathname.slice(base.length);
		return { url: new URL(path, siteUrl).href, path, kind: kindOf(path, routes) };
	});
	pages.push({ url: new URL('budget-missing-page/', siteUrl).href, path: '(404)', kind: 'notFound' });
	// Staff pages are not in the sitemap: measured by name.
	for (const route of routes.filter((r) => !isListed(r.kind))) pages.push({ url: new URL(route.path, siteUrl).href, path: route.path, kind: route.kind });
	return pages;
}
