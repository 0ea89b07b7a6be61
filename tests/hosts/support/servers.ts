/**
 * Starts nginx, Caddy or Apache on 127.0.0.1 on a free port as the current user, with the
 * build's own generated config and a main config of its own in a temporary folder (no system
 * service, no port 80), serving `www` (the folder holding the site at its base). Only the lines
 * a clinic is told to change are changed: the address to listen on and the root folder.
 * Also Cloudflare's own Pages server (`wrangler pages dev`, from npm), which reads `_headers`
 * from the folder it serves at the root; it runs offline, with its placeholder for the request
 * data it would fetch from Cloudflare.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CADDY_ROOT } from '../../../src/lib/site/hosting/caddy.ts';
import { NGINX_ROOT } from '../../../src/lib/site/hosting/nginx.ts';
import { findWebServer, WEB_SERVERS, type WebServer } from '../../../scripts/web-servers.ts';
import { SERVER_START } from '../../support/patience.ts';

export interface RunningServer {
	origin: string;
	stop: () => Promise<void>;
}

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
		probe.on('error', fail);
	});
}

/** Replaces one line of a generated config, failing loudly where the line is not there. */
function replaceLine(text: string, line: string, by: string): string {
	if (!text.includes(line)) throw new Error(`The generated config has no line "${line}" to change`);
	return text.replace(line, by);
}

/** Root drops to an unprivileged user, as both servers require or advise. */
const asRoot = process.getuid?.() === 0;

type Configure = (options: { dir: string; port: number; www: string; hosting: string }) => Promise<string[]>;

/** The compatibility date Wrangler's Workers runtime is started with: one its binary supports. */
const PAGES_COMPATIBILITY_DATE = '2026-01-01';

export type ServerName = WebServer['name'] | 'Cloudflare Pages';

/** Writes the server's configs into `dir` and returns its command-line arguments. */
const configure: Record<ServerName, Configure> = {
	'Cloudflare Pages': async ({ port, www }) => [
		createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js'),
		'pages',
		'dev',
		www,
		'--ip',
		'127.0.0.1',
		'--port',
		String(port),
		'--compatibility-date',
		PAGES_COMPATIBILITY_DATE,
	],
	nginx: async ({ dir, port, www, hosting }) => {
		let server = await readFile(join(hosting, 'nginx.conf'), 'utf8');
		server = replaceLine(server, '    listen 80;', `    listen 127.0.0.1:${port};`);
		server = replaceLine(server, `    root ${NGINX_ROOT};`, `    root ${www};`);
		await writeFile(join(dir, 'site.conf'), server);
		const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${join(dir, name)};`);
		await writeFile(
			join(dir, 'nginx.conf'),
			[
				'daemon off;',
				'worker_processes 1;',
				...(asRoot ? ['user nobody nogroup;'] : []),
				`pid ${join(dir, 'nginx.pid')};`,
				`error_log ${join(dir, 'error.log')} warn;`,
				'events { worker_connections 64; }',
				'http {',
				'    include /etc/nginx/mime.types;',
				'    default_type application/octet-stream;',
				'    types { application/manifest+json webmanifest; }',
				'    access_log off;',
				...temp,
				`    include ${join(dir, 'site.conf')};`,
				'}',
				'',
			].join('\n'),
		);
		return ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
	},
	Caddy: async ({ dir, port, www, hosting }) => {
		let file = await readFile(join(hosting, 'Caddyfile'), 'utf8');
		file = replaceLine(file, ':80 {', `:${port} {\n\tbind 127.0.0.1`);
		file = replaceLine(file, `\troot * ${CADDY_ROOT}`, `\troot * ${www}`);
		// Global options come first: no admin endpoint (other runs share the machine), no HTTPS.
		await writeFile(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n}\n${file}`);
		return ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'];
	},
	Apache: async ({ dir, port, www }) => {
		const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers'];
		const types = { 'text/html': 'html', 'text/css': 'css', 'text/javascript': 'js mjs', 'application/json': 'json', 'image/svg+xml': 'svg', 'application/xml': 'xml', 'text/plain': 'txt', 'application/manifest+json': 'webmanifest', 'application/wasm': 'wasm', 'text/calendar': 'ics', 'image/png': 'png', 'image/webp': 'webp' };
		await writeFile(
			join(dir, 'httpd.conf'),
			[
				`ServerRoot ${dir}`,
				'ServerName 127.0.0.1',
				`Listen 127.0.0.1:${port}`,
				`PidFile ${join(dir, 'httpd.pid')}`,
				`ErrorLog ${join(dir, 'error.log')}`,
				`DefaultRuntimeDir ${dir}`,
				`Mutex file:${dir} default`,
				...modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`),
				...(asRoot ? ['User nobody', 'Group nogroup'] : []),
				'TypesConfig /dev/null',
				...Object.entries(types).map(([type, extensions]) => `AddType ${type} ${extensions}`),
				'AddDefaultCharset utf-8',
				`DocumentRoot ${www}`,
				'<Directory />',
				'    AllowOverride None',
				'    Require all denied',
				'</Directory>',
				`<Directory ${www}>`,
				// What the README asks of the host for the generated .htaccess.
				'    AllowOverride FileInfo Indexes',
				'    Options FollowSymLinks',
				'    Require all granted',
				'</Directory>',
				'<Files ".ht*">',
				'    Require all denied',
				'</Files>',
				'',
			].join('\n'),
		);
		return ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'];
	},
};

/** Answers once the server accepts requests, or fails with its own error output. */
async function ready(origin: string, child: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + SERVER_START;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server stopped at once:\n${output()}`);
		try {
			await fetch(origin, { redirect: 'manual' });
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 50));
		}
	}
	throw new Error(`The server did not answer within ${SERVER_START / 1000} s:\n${output()}`);
}

/**
 * Starts `name` serving `www` with the configs the build wrote in `hosting` (and the site's own
 * `.htaccess` for Apache).
 */
export async function startWebServer(name: ServerName, { www, hosting }: { www: string; hosting: string }): Promise<RunningServer> {
	const server = WEB_SERVERS.find((s) => s.name === name);
	const binary = name === 'Cloudflare Pages' ? process.execPath : server && findWebServer(server);
	if (!binary) throw new Error(`No ${name} found: run the host tests through npm test, which installs it.`);
	const dir = await mkdtemp(join(tmpdir(), `${name.toLowerCase()}-`));
	const port = await freePort();
	const args = await configure[name]({ dir, port, www, hosting });
	const child = spawn(binary, args, {
		stdio: ['ignore', 'pipe', 'pipe'],
		cwd: dir,
		// Its own process group, so stopping it stops what it started (Wrangler's runtime).
		detached: true,
		env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, USER: userInfo().username, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
	});
	const kill = (signal: NodeJS.Signals) => {
		try {
			if (child.pid) process.kill(-child.pid, signal);
		} catch {
			// Already gone.
		}
	};
	let log = '';
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const origin = `http://127.0.0.1:${port}`;
	const errorLog = () => readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
	try {
		await ready(origin, child, () => log);
	} catch (error) {
		kill('SIGKILL');
		throw new Error(`${name} did not start: ${(error as Error).message}\n${await errorLog()}`);
	}
	return {
		origin,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				kill('SIGTERM');
			}),
	};
}
