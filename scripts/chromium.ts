/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then the usual system paths. On a Debian
 * or Ubuntu machine without one, installs Debian's `chromium` when the package manager can be used
 * (as root, or with sudo); otherwise stops with one line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/snap/bin/chromium',
];

export function findChromium(): string | undefined {
	const fromEnv = process.env['CHROME_PATH'];
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	return candidates.find((path) => existsSync(path));
}

function canRun(command: string) {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The path of a usable Chromium, installing Debian's package first where that is possible. */
export function ensureChromium(): string {
	const found = findChromium();
	if (found) return found;
	const root = process.getuid?.() === 0;
	if (canRun('apt-get') && (root || canRun('sudo'))) {
		const sudo = root ? [] : ['sudo'];
		console.log('No Chromium found: installing Debian’s chromium package for the browser tests…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const run = (args: string[]) => {
			const [command = '', ...rest] = [...sudo, ...args];
			return spawnSync(command, rest, { stdio: 'inherit', env }).status === 0;
		};
		if (run(['apt-get', 'update']) && run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'])) {
			const installed = findChromium();
			if (installed) return installed;
		}
	}
	console.error('No Chromium found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
	process.exit(1);
}
