/**
 * Finds `pdftotext` (poppler-utils) for the browser tests that read printed pages back
 * (tests/browser/print.test.ts); installs Debian's `poppler-utils` where it can
 * (scripts/debian-package.ts).
 */
import { ensureProgram, onPath } from './debian-package.ts';

/** The path of a usable `pdftotext`, installing Debian's package first where that is possible. */
export function ensurePdftotext(): string {
	return ensureProgram({
		what: 'pdftotext for the print tests',
		find: () => (onPath('pdftotext') ? 'pdftotext' : undefined),
		debianPackage: 'poppler-utils',
		howToInstall: 'No pdftotext found: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils).',
	});
}
