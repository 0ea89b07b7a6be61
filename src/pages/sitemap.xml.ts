import type { APIRoute } from 'astro';
import { languages } from '../i18n/index.ts';
import { siteRoutes } from '../lib/site/content/site-routes.ts';
import { isListed } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/site/url.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** sitemap.xml: every page for patients in every language, each with its language twins (staff pages are not listed). */
export const GET: APIRoute = async () => {
	const routes = await siteRoutes();
	const url = (path: string) => escape(absoluteUrl(path));
	const entries = routes.filter((route) => isListed(route.kind)).map((route) => {
		const alternates = Object.entries(route.alternates).map(
			([lang, path]) =>
				`<xhtml:link rel="alternate" hreflang="${languages[lang as keyof typeof languages].tag}" href="${url(path)}"/>`,
		);
		return `<url><loc>${url(route.path)}</loc>${alternates.join('')}</url>`;
	});
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
