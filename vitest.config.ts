import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { settingsModule } from './src/integrations/clinic-settings.ts';
import { isoDate } from './src/lib/rules/dates/iso-date.ts';
import { loadSettings } from './src/lib/site/settings/load.ts';
import { dateTests } from './tests/support/rules-folder.ts';
import { LongestFirst } from './tests/support/sequencer.ts';
import { BROWSER_TEST_TIMEOUT, BUILD_TEST_TIMEOUT, COMPUTE_TIMEOUT, PAGE_WAIT } from './tests/support/patience.ts';
import { DEFAULT_LANGUAGE_TESTS, TURKISH_FIRST } from './tests/support/test-builds.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Time zones that catch date bugs: both sides of the date line, half-hour DST, southern DST.
 * The unit project runs in UTC (npm test sets TZ); each other zone is a project of its own that
 * runs the rules tests again, so one Vitest run covers all six.
 */
export const OTHER_TIME_ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Europe/Istanbul'];

/**
 * Browser tests against a build (SITE_DIR, served under SITE_BASE by the global setup), with
 * `env` for the build this project tests. Files run side by side, as many as `maxWorkers`
 * allows (npm test sets it): each file opens its own contexts, and none changes the served site
 * (the offline tests copy it first). Files share one module graph and one Chromium per worker
 * (support/browser.ts, `useBrowser`): no test mocks a module or changes a global, and a launch
 * costs about a second. The two halves of the every-page check (pages-phone, pages-desktop) are
 * files of their own so they run side by side.
 */
function browserProject(name: string, include: string[], env: Record<string, string> = {}) {
	return {
		extends: true as const,
		test: {
			name,
			include,
			env,
			globalSetup: ['tests/browser/support/global-setup.ts'],
			// Limits for a stuck test, not a slow one (tests/support/patience.ts).
			testTimeout: BROWSER_TEST_TIMEOUT,
			hookTimeout: BROWSER_TEST_TIMEOUT,
			// Workers side by side share the cores with Chromium: a page can take more than
			// expect.poll's default second to follow a change.
			expect: { poll: { timeout: PAGE_WAIT } },
			isolate: false,
		},
	};
}

export default defineConfig({
	// Code that imports the clinic settings gets the example clinic's, as a build made today would serve them.
	plugins: [settingsModule(loadSettings(process.env, process.cwd()), isoDate(new Date().toISOString().slice(0, 10)))],
	resolve: { alias: { '~': src } },
	test: {
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// tests/build/** run real `astro build`s: the `build` project below, a step of its own.
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					// No test mocks a module or changes a global, so files share one module graph
					// per worker instead of loading the same modules again for each file.
					isolate: false,
					// Property tests run a few seconds each; on a loaded machine they need room (tests/support/patience.ts).
					testTimeout: COMPUTE_TIMEOUT,
				},
			},
			...OTHER_TIME_ZONES.map((zone) => ({
				extends: true as const,
				test: {
					name: `zone-${zone.replace('/', '-')}`,
					// The tests of everything that handles calendar dates (the rest never sees a Date):
					// the rules, the holidays and the Intl formatting, found by what they import.
					include: dateTests(),
					// Node follows a change of process.env.TZ, which Vitest makes before the tests load.
					env: { TZ: zone },
					// A quarter of the property samples (see the file).
					setupFiles: ['tests/support/zone-property-runs.ts'],
					// Pure rules with no globals: files share one module graph per worker, which
					// saves loading the same modules again for each file in each zone.
					isolate: false,
					// Property tests run a few seconds each; on a shared, loaded machine they need room.
					testTimeout: COMPUTE_TIMEOUT,
				},
			})),
			{
				extends: true,
				test: {
					// Tests that run a whole `astro build`: a step of their own in npm test, after the unit tests.
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					// The shared build several files read (tests/build/support/shared-site.ts).
					globalSetup: ['tests/build/support/global-setup.ts'],
					// Each build's start would ask git about the project and post to Astro's telemetry.
					env: { ASTRO_TELEMETRY_DISABLED: '1' },
					testTimeout: BUILD_TEST_TIMEOUT,
					hookTimeout: BUILD_TEST_TIMEOUT,
					// Files side by side: each build that reaches the content layer runs in a copy of the
					// project of its own (tests/build/support/project-copy.ts), since every build writes
					// its project's .astro/ and content store, and two in one project read each other's.
					// The builds that stop at the settings write nothing and run in the project itself.
					maxWorkers: 3,
				},
			},
			{
				extends: true,
				test: {
					// The build served by nginx, Caddy and Apache with their generated configs.
					name: 'hosts',
					include: ['tests/hosts/**/*.test.ts'],
					testTimeout: BROWSER_TEST_TIMEOUT,
					hookTimeout: BROWSER_TEST_TIMEOUT,
				},
			},
			browserProject('browser', ['tests/browser/**/*.test.ts']),
			// The same tests of what depends on the default language and the clinic, against the
			// example clinic in Türkiye built Turkish first (scripts/test.ts builds it). The tests read
			// the clinic under test through tests/browser/support/site.ts, never the virtual module.
			browserProject('browser-tr', DEFAULT_LANGUAGE_TESTS, {
				SITE_DIR: TURKISH_FIRST.outDir,
				SITE_DEFAULT_LANG: TURKISH_FIRST.defaultLang,
				CLINIC_SETTINGS: TURKISH_FIRST.settings,
			}),
		],
	},
});
