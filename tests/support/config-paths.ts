/**
 * The site paths a generated host config names (`/patients/404.html`, `/patients/_astro/`…),
 * comments and CSP hashes left out, and the server's own paths (`/srv/www`, `/:path`, a bare `/`) skipped.
 */
export function sitePathsIn(config: string): string[] {
	const code = config.replace(/^\s*#.*$/gm, '').replace(/'sha\d+-[^']*'/g, '');
	return [...code.matchAll(/(?<![\w.:/<])\/(?![/\\*])[\w./-]*/g)].map((m) => m[0]).filter((p) => !p.startsWith('/srv/') && !/^\/\.?$/.test(p));
}
