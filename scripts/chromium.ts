/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then the usual system paths; installs
 * Debian's `chromium` where it can (scripts/debian-package.ts).
 */
import { existsSync } from 'node:fs';
import { ensureProgram } from './debian-package.ts';

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

/** The path of a usable Chromium, installing Debian's package first where that is possible. */
export function ensureChromium(): string {
	return ensureProgram({
		what: 'Chromium for the browser tests',
		find: findChromium,
		debianPackage: 'chromium',
		howToInstall: 'No Chromium found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
	});
}
