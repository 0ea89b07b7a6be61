import settings from 'virtual:clinic/settings';
import { exerciseRoutes } from '../exercise/routes.ts';
import { loadExerciseSheets } from './load-exercise-sheets.ts';
import { buildRoutes, type Route } from '../../routes.ts';
import { loadGuides } from './load-guides.ts';

let routes: Promise<Route[]> | undefined;

/**
 * Every page of this build (from src/lib/routes.ts, the guides and the exercise sheets the clinic
 * publishes), worked out once per build.
 */
export function siteRoutes(): Promise<Route[]> {
	routes ??= Promise.all([loadGuides(), loadExerciseSheets()]).then(([guides, sheets]) => {
		const languages = { defaultLang: settings.languages.default, enabled: settings.languages.enabled };
		return [
			...buildRoutes({ ...languages, guides: guides.map(({ lang, slug }) => ({ lang, slug })) }),
			...exerciseRoutes({ ...languages, sheets }),
		];
	});
	return routes;
}

let byPath: Promise<Map<string, Route>> | undefined;

/** The route of each page path (the first, if two had one), keyed once per build: the middleware looks one up for every page. */
export function siteRoutesByPath(): Promise<Map<string, Route>> {
	byPath ??= siteRoutes().then((all) => new Map(all.toReversed().map((route) => [route.path, route])));
	return byPath;
}
