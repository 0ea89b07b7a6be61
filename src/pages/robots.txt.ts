import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/url.ts';

/** robots.txt: everything may be read; the sitemap is named in full. */
export const GET: APIRoute = () => {
	const sitemap = absoluteUrl('sitemap.xml');
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
