/**
 * Finds nginx, Caddy and Apache for the host tests (tests/hosts), installing Debian's packages
 * where it can (scripts/debian-package.ts), as the test runner does for Chromium and Java.
 * NGINX_PATH, CADDY_PATH and APACHE_PATH name another binary.
 */
import { existsSync } from 'node:fs';
import { ensureProgram } from './debian-package.ts';

export interface WebServer {
	name: 'nginx' | 'Caddy' | 'Apache';
	/** The environment variable that names the binary. */
	variable: string;
	candidates: string[];
	debianPackage: string;
}

export const WEB_SERVERS: readonly WebServer[] = [
	{ name: 'nginx', variable: 'NGINX_PATH', candidates: ['/usr/sbin/nginx', '/usr/bin/nginx'], debianPackage: 'nginx' },
	{ name: 'Caddy', variable: 'CADDY_PATH', candidates: ['/usr/bin/caddy', '/usr/local/bin/caddy'], debianPackage: 'caddy' },
	{ name: 'Apache', variable: 'APACHE_PATH', candidates: ['/usr/sbin/apache2', '/usr/sbin/httpd'], debianPackage: 'apache2-bin' },
];

/** The server's binary, from its variable or the usual paths; undefined where it is not there. */
export function findWebServer({ variable, candidates }: WebServer): string | undefined {
	const fromEnv = process.env[variable];
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	return candidates.find((path) => existsSync(path));
}

/** Every server's binary by its variable, installing Debian's packages first where that is possible. */
export function ensureWebServers(): Record<string, string> {
	return Object.fromEntries(
		WEB_SERVERS.map((server) => [
			server.variable,
			ensureProgram({
				what: `${server.name} for the host tests`,
				find: () => findWebServer(server),
				debianPackage: server.debianPackage,
				howToInstall: `No ${server.name} found: install it (Debian/Ubuntu: apt-get install ${server.debianPackage}) or set ${server.variable} to its binary.`,
			}),
		]),
	);
}
