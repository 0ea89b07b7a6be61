import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file of a build, as sorted '/'-separated paths relative to its folder. */
export async function builtFiles(root: string): Promise<string[]> {
	return (await readdir(root, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}

/** Astro's base path, always ending in a slash. */
export const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);
