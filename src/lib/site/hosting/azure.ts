/**
 * Azure Static Web Apps' `staticwebapp.config.json` for the site's policy, read from the root
 * of the uploaded folder (the workflow's `output_location`). Its routes match a path or a
 * folder with `*` at the end only, so after the assets' rules every other file below the base
 * is revalidated like the pages (`no-cache`), a little more than `_headers` asks.
 */
import { NO_CACHE, type SitePolicy } from './policy.ts';

/**
 * @example
 * JSON.parse(staticWebAppConfig(sitePolicy('/b/', []))).trailingSlash // => 'always'
 */
export function staticWebAppConfig(policy: SitePolicy): string {
	const { base } = policy;
	const routes = policy.caching
		.filter(({ match }) => match.kind !== 'pages')
		.map(({ match, cacheControl }) => ({
			route: match.kind === 'folder' ? `${base}${match.name}/*` : `${base}${match.kind === 'file' ? match.name : ''}`,
			headers: { 'Cache-Control': cacheControl },
		}));
	const config = {
		$schema: 'https://json.schemastore.org/staticwebapp.config.json',
		trailingSlash: policy.trailingSlash,
		globalHeaders: Object.fromEntries(policy.security),
		routes: [...routes, { route: `${base}*`, headers: { 'Cache-Control': NO_CACHE } }],
		responseOverrides: { '404': { rewrite: `${base}${policy.notFound}`, statusCode: 404 } },
	};
	return `${JSON.stringify(config, null, '\t')}\n`;
}
