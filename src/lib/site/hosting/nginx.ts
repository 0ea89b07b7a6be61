/**
 * An nginx `server` block for the site's policy. nginx adds the trailing slash to a folder's
 * address by itself (a 301, made relative by `absolute_redirect off`); `error_page` serves the
 * 404 page with status 404. An `add_header` in a `location` replaces every inherited one, so
 * each location repeats the security headers; `always` puts them on 404s too.
 */
import { GENERATED_NOTE, type Header, type PathMatch, type SitePolicy } from './policy.ts';

/** The line a clinic (and the tests) changes to point nginx at the folder holding the site. */
export const NGINX_ROOT = '/srv/www';

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const addHeaders = (headers: readonly Header[], indent: string) => headers.map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);

/** The `location` that covers a rule's paths (regular expressions stop at `^~` prefixes). */
function location(base: string, match: PathMatch): string {
	if (match.kind === 'pages') return 'location ~ \\.html$'; // every page is served from an index.html
	if (match.kind === 'file') return `location = ${base}${match.name}`;
	return `location ^~ ${base}${match.name}/`;
}

/**
 * @example
 * nginxServer(sitePolicy('/patients/', [])).includes('error_page 404 /patients/404.html;') // => true
 */
export function nginxServer(policy: SitePolicy): string {
	const { base } = policy;
	const inner = '        ';
	const locations = policy.caching.flatMap(({ match, cacheControl }) => [
		'',
		`    ${location(base, match)} {`,
		...addHeaders([...policy.security, ['Cache-Control', cacheControl]], inner),
		'    }',
	]);
	return [
		`# ${GENERATED_NOTE}`,
		`# nginx: put this server block in the http block (for example /etc/nginx/conf.d/clinic-site.conf),`,
		`# set "root" to the folder that holds the site, with the contents of dist/ in <root>${base},`,
		`# and set "listen" and "server_name" for the clinic's address.`,
		'server {',
		'    listen 80;',
		'    server_name _;',
		`    root ${NGINX_ROOT};`,
		'    index index.html;',
		'    absolute_redirect off;',
		'    server_tokens off;',
		`    error_page 404 ${base}${policy.notFound};`,
		'',
		`    location ${base} {`,
		...addHeaders(policy.security, inner),
		'        # Files the host reads (.htaccess) are never served.',
		'        location ~ /\\. {',
		'            return 404;',
		'        }',
		...locations.map((line) => (line ? `    ${line}` : line)),
		'    }',
		'}',
		'',
	].join('\n');
}
