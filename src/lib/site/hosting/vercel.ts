/**
 * `vercel.json` for the site's policy, for the project's root folder (Vercel reads it there,
 * never from the uploaded folder). Vercel serves `outputDirectory` at the domain's root, so a
 * site built under a base gets a rewrite from the base to its files; `trailingSlash: true`
 * adds the slash to a folder's address (a 308), and Vercel answers unknown addresses with the
 * output's `404.html` and status 404. Sources are path-to-regexp patterns, as Vercel reads them.
 */
import { keyValues, type PathMatch, type SitePolicy } from './policy.ts';

/** The path-to-regexp sources of a rule's paths. */
function sources(base: string, match: PathMatch): string[] {
	if (match.kind === 'pages') return [base, `${base}(.*)/`];
	if (match.kind === 'file') return [`${base}${match.name}`];
	return [`${base}${match.name}/(.*)`];
}

/**
 * @example
 * JSON.parse(vercelJson(sitePolicy('/', []), 'dist')).outputDirectory // => 'dist'
 */
export function vercelJson(policy: SitePolicy, outDir: string): string {
	const { base } = policy;
	const config = {
		$schema: 'https://openapi.vercel.sh/vercel.json',
		buildCommand: 'npm run build',
		outputDirectory: outDir,
		trailingSlash: true,
		headers: [
			{ source: `${base}(.*)`, headers: keyValues(policy.security) },
			...policy.caching.flatMap(({ match, cacheControl }) => sources(base, match).map((source) => ({ source, headers: keyValues([['Cache-Control', cacheControl]]) }))),
		],
		...(base === '/' ? {} : { rewrites: [{ source: `${base}(.*)`, destination: '/$1' }] }),
	};
	return `${JSON.stringify(config, null, '\t')}\n`;
}
