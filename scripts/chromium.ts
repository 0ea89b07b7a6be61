/**
 * Finds the two Chromium builds the checks use, installing Debian's package where it can
 * (scripts/debian-package.ts):
 * - the full browser (`chromium`), a patient's browser: the page-weight budgets measure what it
 *   fetches (the favicon included, which the headless shell never asks for) and Lighthouse runs in it;
 * - Debian's headless shell (`chromium-headless-shell`), the same Chromium built without the
 *   browser's own UI, which Playwright itself uses for headless runs: the browser tests run in it.
 *   Measured on the browser project, 247 tests: 171 CPU-s against 282 in the full browser, with
 *   every test passing in both.
 */
import { existsSync } from 'node:fs';
import { ensureProgram } from './debian-package.ts';

const browsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'];
const headlessShells = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];

const first = (variable: string, candidates: readonly string[]) => () => {
	const fromEnv = process.env[variable];
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	return candidates.find((path) => existsSync(path));
};

/** The full Chromium (CHROME_PATH, then the usual system paths), installing Debian's `chromium` first where possible. */
export function ensureChromium(): string {
	return ensureProgram({
		what: 'Chromium',
		find: first('CHROME_PATH', browsers),
		debianPackage: 'chromium',
		howToInstall: 'No Chromium found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
	});
}

/**
 * The headless shell for the browser tests (CHROME_HEADLESS_SHELL_PATH, then Debian's path),
 * installing Debian's `chromium-headless-shell` first where possible.
 */
export function ensureHeadlessShell(): string {
	return ensureProgram({
		what: 'Chromium headless shell for the browser tests',
		find: first('CHROME_HEADLESS_SHELL_PATH', headlessShells),
		debianPackage: 'chromium-headless-shell',
		howToInstall:
			'No Chromium headless shell found: install it (Debian/Ubuntu: apt-get install chromium-headless-shell) or set CHROME_HEADLESS_SHELL_PATH to a chrome-headless-shell binary.',
	});
}
