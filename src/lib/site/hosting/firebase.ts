/**
 * `firebase.json` for the site's policy, for the project's root folder (Firebase reads it
 * there). Firebase Hosting serves `public` at the domain's root; `trailingSlash: true` adds the
 * slash to a folder's address (a 301) and it answers unknown addresses with `public`'s own
 * `404.html` and status 404. Rules match by RE2 regular expression (`regex`).
 */
import { escapeRegExp, keyValues, pathRegExp, type SitePolicy } from './policy.ts';

/**
 * @example
 * JSON.parse(firebaseJson(sitePolicy('/', []), 'dist')).hosting.public // => 'dist'
 */
export function firebaseJson(policy: SitePolicy, outDir: string): string {
	const { base } = policy;
	const config = {
		hosting: {
			public: outDir,
			cleanUrls: false,
			trailingSlash: true,
			headers: [
				{ regex: `^${escapeRegExp(base)}`, headers: keyValues(policy.security) },
				...policy.caching.map(({ match, cacheControl }) => ({ regex: pathRegExp(base, match), headers: keyValues([['Cache-Control', cacheControl]]) })),
			],
		},
	};
	return `${JSON.stringify(config, null, '\t')}\n`;
}
