import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startSharedSite } from './shared-site.ts';

/**
 * Starts the shared build (./shared-site.ts) before the first file, in a folder of this run's
 * own, so it runs beside the files' own builds; removes the folder after the run.
 */
export default function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'shared-site-'));
	project.provide('sharedSiteDir', dir);
	const build = startSharedSite(dir);
	return async () => {
		build.stop();
		await build.done;
		rmSync(dir, { recursive: true, force: true });
	};
}
