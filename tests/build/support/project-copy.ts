import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build of the site reads from the project: its sources, settings and config. */
const BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'clinic.yaml'];

/**
 * A copy of the project in a new folder in `parent` (named from `prefix`) that builds as the
 * project does, so whole builds can run side by side: each writes its own `.astro/` and its
 * own content-layer store (`node_modules/.astro/`). Its node_modules is a folder of links to
 * the project's packages, not one link to the project's node_modules, which would share that
 * store. Returns the copy's root.
 */
export function projectCopy(prefix: string, parent = tmpdir()): string {
	const root = mkdtempSync(join(parent, prefix));
	for (const entry of BUILD_INPUTS) cpSync(entry, join(root, entry), { recursive: true });
	mkdirSync(join(root, 'node_modules'));
	for (const name of readdirSync('node_modules')) {
		// Caches (.astro, .vite) stay the project's own; the command links (.bin) are shared.
		if (!name.startsWith('.') || name === '.bin') symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name), 'dir');
	}
	return root;
}
