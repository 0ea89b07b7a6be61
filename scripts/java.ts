/**
 * Finds a Java runtime for the W3C Nu HTML Checker: JAVA_HOME, then `java` on the PATH; installs
 * Debian's `default-jre-headless` where it can (scripts/debian-package.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureProgram, onPath } from './debian-package.ts';

export function findJava(): string | undefined {
	const home = process.env['JAVA_HOME'];
	if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
	return onPath('java') ? 'java' : undefined;
}

/** The path of a usable `java`, installing Debian's package first where that is possible. */
export function ensureJava(): string {
	return ensureProgram({
		what: 'Java for the Nu HTML Checker',
		find: findJava,
		debianPackage: 'default-jre-headless',
		howToInstall: 'No Java found: install a Java runtime, 11 or newer (Debian/Ubuntu: apt-get install default-jre-headless), or set JAVA_HOME.',
	});
}
