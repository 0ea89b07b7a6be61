/**
 * An Apache `.htaccess` for the site's policy, read from the uploaded folder itself. Apache
 * adds the trailing slash to a folder's address (`DirectorySlash`, a 301) and serves the
 * 404 page with `ErrorDocument`. Nothing is wrapped in `<IfModule>`: without mod_headers the
 * site answers with an error instead of silently losing its Content-Security-Policy. The host
 * must allow it: `AllowOverride FileInfo Indexes` and `a2enmod headers`.
 */
import { GENERATED_NOTE, pathRegExp, type SitePolicy } from './policy.ts';

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * @example
 * htaccess(sitePolicy('/patients/', [])).includes('ErrorDocument 404 /patients/404.html') // => true
 */
export function htaccess(policy: SitePolicy): string {
	const { base } = policy;
	return [
		`# ${GENERATED_NOTE}`,
		`# Apache: upload dist/ so that it is served at ${base}; needs mod_headers and AllowOverride FileInfo Indexes.`,
		'DirectoryIndex index.html',
		'DirectorySlash On',
		`ErrorDocument 404 ${base}${policy.notFound}`,
		...policy.security.map(([name, value]) => `Header always set ${name} ${quote(value)}`),
		...policy.caching.flatMap(({ match, cacheControl }) => [
			`<If "%{REQUEST_URI} =~ m#${pathRegExp(base, match)}#">`,
			`    Header always set Cache-Control ${quote(cacheControl)}`,
			'</If>',
		]),
		'',
	].join('\n');
}
