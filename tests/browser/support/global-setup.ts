import type { TestProject } from 'vitest/node';
import { startServer } from '../../../scripts/serve.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site's address under its sub-path, e.g. http://127.0.0.1:41234/clinic-site/ */
		siteUrl: string;
		/** The folder the site was built into. */
		siteDir: string;
	}
}

/**
 * Serves the built site (SITE_DIR, default dist) under SITE_BASE (default /) with the plain
 * static server, `_headers` applied, for the whole browser test run. The project's own `env`
 * (vitest.config.ts: `browser-tr` names the Turkish-first build) comes before the process's.
 */
export default async function setup(project: TestProject) {
	const env = { ...process.env, ...project.config.env };
	const dir = env['SITE_DIR'] ?? 'dist';
	const base = env['SITE_BASE'] ?? '/';
	const site = await startServer({ dir, base, port: 0 });
	project.provide('siteUrl', site.url);
	project.provide('siteDir', dir);
	return () => site.close();
}
