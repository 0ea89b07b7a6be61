import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './shared-site.ts';

/**
 * A folder for this run's shared build (./shared-site.ts), built there by the first file that
 * asks for it and removed after the run.
 */
export default function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'shared-site-'));
	project.provide('sharedSiteDir', dir);
	return () => rmSync(dir, { recursive: true, force: true });
}
