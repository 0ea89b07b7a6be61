/**
 * A `Caddyfile` for the site's policy. Caddy's `file_server` adds the trailing slash to a
 * folder's address by itself (a 308); `handle_errors` serves the 404 page, keeping the status.
 * The headers sit in a snippet that both the files and the error pages import, so the 404
 * page gets its own `Cache-Control`.
 */
import { GENERATED_NOTE, pathRegExp, type SitePolicy } from './policy.ts';

/** The line a clinic (and the tests) changes to point Caddy at the folder holding the site. */
export const CADDY_ROOT = '/srv/www';

/** A Caddyfile token in double quotes (regular expressions go in backticks: Caddy keeps their backslashes). */
const quote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * @example
 * caddyfile(sitePolicy('/patients/', [])).includes('rewrite * /patients/404.html') // => true
 */
export function caddyfile(policy: SitePolicy): string {
	const { base } = policy;
	return [
		`# ${GENERATED_NOTE}`,
		`# Caddy: set the site address (":80" here), and "root" to the folder that holds the site,`,
		`# with the contents of dist/ in <root>${base}. Caddy adds HTTPS itself for a domain name.`,
		'(site_headers) {',
		'\theader {',
		...policy.security.map(([name, value]) => `\t\t${name} ${quote(value)}`),
		'\t\t-Server',
		'\t}',
		...policy.caching.map(({ cacheControl }, index) => `\theader @cache${index} Cache-Control ${quote(cacheControl)}`),
		'}',
		'',
		':80 {',
		`\troot * ${CADDY_ROOT}`,
		...policy.caching.map(({ match }, index) => `\t@cache${index} path_regexp \`${pathRegExp(base, match)}\``),
		'\timport site_headers',
		`\t@outside not path ${base}*`,
		'\terror @outside 404',
		'\tfile_server {',
		'\t\t# Files the host reads are never served.',
		'\t\thide .htaccess',
		'\t}',
		'\thandle_errors {',
		'\t\t# In this order: the 404 page\'s own headers.',
		'\t\troute {',
		`\t\t\trewrite * ${base}${policy.notFound}`,
		'\t\t\timport site_headers',
		'\t\t\tfile_server',
		'\t\t}',
		'\t}',
		'}',
		'',
	].join('\n');
}
