import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { settingsModule } from './src/integrations/clinic-settings.ts';
import { loadSettings } from './src/lib/settings/load.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
	// Code that imports the clinic settings gets the example clinic's, as a build would serve them.
	plugins: [settingsModule(loadSettings(process.env, process.cwd()))],
	resolve: { alias: { '~': src } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// tests/build/** run real `astro build`s; they belong in a build step of their own.
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
				},
			},
			{
				extends: true,
				test: {
					// Tests that run a whole `astro build`: a step of their own in npm test, after the unit tests.
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
