import { defineMiddleware } from 'astro:middleware';
import settings from 'virtual:clinic/settings';
import { pageWords } from './i18n/index.ts';
import { siteRoutes, siteRoutesByPath } from './lib/site/content/site-routes.ts';
import { notFoundRoute } from './lib/routes.ts';

/**
 * Puts the page's route, language, language tag and translator on `Astro.locals` (the Starlight pattern), so
 * components read them instead of working the language out of the URL again. Any path the
 * route table does not know (404.html, robots.txt, sitemap.xml) gets the default language.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const [routes, byPath] = await Promise.all([siteRoutes(), siteRoutesByPath()]);
	const { base } = settings.site;
	const pathname = decodeURI(context.url.pathname);
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const route = byPath.get(path) ?? notFoundRoute(settings.languages.default);
	context.locals.route = route;
	Object.assign(context.locals, pageWords(route.lang));
	context.locals.routes = routes;
	return next();
});
