import type { APIRoute } from 'astro';
import { languages } from '../i18n/index.ts';
import { loadGuides } from '../lib/content/load-guides.ts';
import { buildRoutes } from '../lib/routes.ts';
import { exerciseRoutes } from '../lib/exercise/routes.ts';
import { loadExerciseSheets } from '../lib/exercise/load-sheets.ts';
import { settings } from '../lib/settings/current.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** sitemap.xml: every page in every language, each with its language twins. */
export const GET: APIRoute = async () => {
	const guides = await loadGuides();
	const routes = buildRoutes({
		defaultLang: settings.languages.default,
		enabled: settings.languages.enabled,
		guides: guides.map(({ lang, slug }) => ({ lang, slug })),
	});
	routes.push(...exerciseRoutes({ defaultLang: settings.languages.default, enabled: settings.languages.enabled, sheets: await loadExerciseSheets() }));
	const url = (path: string) => escape(new URL(`${settings.site.base}${path}`, settings.site.url).href);
	const entries = routes.map((route) => {
		const alternates = Object.entries(route.alternates).map(
			([lang, path]) =>
				`<xhtml:link rel="alternate" hreflang="${languages[lang as keyof typeof languages].tag}" href="${url(path)}"/>`,
		);
		return `<url><loc>${url(route.path)}</loc>${alternates.join('')}</url>`;
	});
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
