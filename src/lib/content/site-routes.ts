import settings from 'virtual:clinic/settings';
import { buildRoutes, type Route } from '../routes.ts';
import { loadGuides } from './load-guides.ts';

let routes: Promise<Route[]> | undefined;

/** Every page of this build (from src/lib/routes.ts and the guides), worked out once per build. */
export function siteRoutes(): Promise<Route[]> {
	routes ??= loadGuides().then((guides) =>
		buildRoutes({
			defaultLang: settings.languages.default,
			enabled: settings.languages.enabled,
			guides: guides.map(({ lang, slug }) => ({ lang, slug })),
		}),
	);
	return routes;
}
