import type { APIRoute } from 'astro';
import { settings } from '../lib/site/settings/current.ts';

/** robots.txt: everything may be read; the sitemap is named in full. */
export const GET: APIRoute = () => {
	const sitemap = new URL(`${settings.site.base}sitemap.xml`, settings.site.url).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
