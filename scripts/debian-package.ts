/**
 * The one way the test runner gets a system program it needs (Chromium, Java): find it, and on a
 * Debian or Ubuntu machine without it install Debian's package when the package manager can be
 * used (as root, or with sudo); otherwise stop with one line saying what to install.
 */
import { spawnSync } from 'node:child_process';

/** True where `command` is on the PATH. */
export function onPath(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export interface SystemProgram {
	/** What it is for, in the messages: "Chromium for the browser tests". */
	what: string;
	/** Returns the program's path, or undefined where it is not there. */
	find: () => string | undefined;
	/** The Debian package that provides it. */
	debianPackage: string;
	/** The one line printed when it cannot be found or installed. */
	howToInstall: string;
}

/** True once this run has updated the package lists. */
let listsUpdated = false;

/** The program's path, installing its Debian package first where that is possible. */
export function ensureProgram({ what, find, debianPackage, howToInstall }: SystemProgram): string {
	const found = find();
	if (found) return found;
	const root = process.getuid?.() === 0;
	if (onPath('apt-get') && (root || onPath('sudo'))) {
		const sudo = root ? [] : ['sudo'];
		console.log(`No ${what} found: installing Debian’s ${debianPackage} package…`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const run = (args: string[]) => {
			const [command = '', ...rest] = [...sudo, ...args];
			return spawnSync(command, rest, { stdio: 'inherit', env }).status === 0;
		};
		// One `apt-get update` a run, however many programs are missing.
		listsUpdated ||= run(['apt-get', 'update']);
		if (listsUpdated && run(['apt-get', 'install', '-y', '--no-install-recommends', debianPackage])) {
			const installed = find();
			if (installed) return installed;
		}
	}
	console.error(howToInstall);
	process.exit(1);
}
