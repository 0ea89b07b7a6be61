/**
 * The programs the printout tests read a printed page with (issue 23): `pdftoppm` (Debian's
 * `poppler-utils`) turns the PDF into a picture, and `pdftotext`, from the same package, into text
 * sheet by sheet (issue 27, tests/browser/print.test.ts); `zbarimg` (Debian's `zbar-tools`) decodes its QR
 * code. Found on the PATH, or installed like Chromium (scripts/debian-package.ts).
 */
import { ensureProgram, onPath } from './debian-package.ts';

/** Makes sure both programs are on the PATH, installing their Debian packages where that is possible. */
export function ensurePrintTools(): void {
	ensureProgram({
		what: 'pdftoppm and pdftotext for the printout tests',
		find: () => (onPath('pdftoppm') && onPath('pdftotext') ? 'pdftoppm' : undefined),
		debianPackage: 'poppler-utils',
		howToInstall: 'No pdftoppm or pdftotext found: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils).',
	});
	ensureProgram({
		what: 'zbarimg for the printout tests',
		find: () => (onPath('zbarimg') ? 'zbarimg' : undefined),
		debianPackage: 'zbar-tools',
		howToInstall: 'No zbarimg found: install zbar-tools (Debian/Ubuntu: apt-get install zbar-tools).',
	});
}
