// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { isoDate } from './src/lib/rules/dates/iso-date.ts';
import { loadSettings, SettingsError } from './src/lib/site/settings/load.ts';
import { clinicSettings } from './src/integrations/clinic-settings.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { placeholderCheck } from './src/integrations/placeholder-check.ts';
import { HOLD_SUBMIT_HASH } from './src/lib/site/hold-submit.ts';

/**
 * Astro's MDX compiler marks each content module with "use astro:head-inject", and the bundler
 * warns, once a module, that it may drop the directive; Astro reads it before bundling, so
 * nothing is lost (withastro/astro#18087, open). This plugin leaves out that one warning in
 * every build environment (Astro sets the prerender build's options itself, so a top-level
 * `build.rolldownOptions` never reaches it); every other warning is still shown.
 * @returns {import('vite').Plugin}
 */
function quietHeadInject() {
	return {
		name: 'quiet-head-inject',
		configEnvironment: () => ({
			build: {
				rolldownOptions: {
					onwarn(warning, warn) {
						if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
						warn(warning);
					},
				},
			},
		}),
	};
}

/**
 * Every guide in one server chunk: the prerender build otherwise makes a chunk or two of each MDX
 * guide (about 2,000 for a thousand guides), and the bundler's time and memory grow with the
 * chunks (issue 26: 1,000 generated guides, bundle phase 12.2 s to 8.2 s, peak memory 1,215 MB to
 * 1,111 MB, same load). Only the prerender environment, whose chunks never reach a browser; the
 * built site is byte for byte the same. Astro sets that environment's options itself, so this
 * goes through `configEnvironment`, as {@link quietHeadInject} does.
 * @returns {import('vite').Plugin}
 */
function guidesInOneChunk() {
	return {
		name: 'guides-in-one-chunk',
		configEnvironment: (name) =>
			name === 'prerender' ? { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'guides', test: /\.mdx(?:$|\?)/ }] } } } } } : undefined,
	};
}

/**
 * The day of the build, read here once: closures must lie near it, the warnings count from it,
 * and pages, the guide check and the closed days read it from `virtual:clinic/settings`.
 */
const buildDay = isoDate(new Date().toISOString().slice(0, 10));

/**
 * The clinic settings, read and validated here once per build; pages import this value from
 * `virtual:clinic/settings` (src/integrations/clinic-settings.ts).
 * @type {import('./src/lib/site/settings/schema.ts').Settings}
 */
let settings;
try {
	settings = loadSettings(process.env, process.cwd(), {
		today: buildDay,
		onWarning: (warning) => console.warn(`Warning: ${warning}`),
	});
} catch (error) {
	if (!(error instanceof SettingsError)) throw error;
	console.error(`\n${error.message}\n`);
	process.exit(1);
}

/*
 * mdx({ optimize: true }): the guides' static parts compile to HTML strings instead of one JSX
 * call per element, so a build holds far less code in memory (issue 26: a thousand guides). The
 * pages come out byte for byte the same: no guide maps an HTML element to a component.
 */
/*
 * preact({ include }) names the .tsx files, where the islands are. Without `include`, the
 * Preact plugin runs Babel, with source maps, over every .ts and .tsx file of the site in each
 * build environment (about 180 .ts files with no JSX, three times a build); the .ts files now go
 * through Vite's own TypeScript step only. The built files are byte for byte the same.
 */
export default defineConfig({
	site: settings.site.url,
	base: settings.site.base,
	trailingSlash: 'always',
	// Stylesheets stay files: a style shared by the calculator and content routes (the care card) is
	// small enough that Astro would otherwise write it into every page's HTML (issue 26).
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Guides refuse code blocks (src/lib/site/content/mdx-check.ts); without Shiki the build adds no inline styles the CSP would refuse.
	markdown: { syntaxHighlight: false },
	// The page reader (src/components/page-tools/reader.ts) is bundled on its own as an ES module.
	vite: {
		plugins: [quietHeadInject(), guidesInOneChunk()],
		worker: { format: 'es' },
		// The accent fold (src/lib/rules/fold.ts) serves the search page and the calculators; on its own it
		// would be a 0.2 kB chunk every calculator page fetches. It rides in the chunk both already load.
		build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'fill', test: /src[\\/](?:i18n[\\/]fill|lib[\\/]rules[\\/]fold)\.ts$/ }] } } } },
		// The page build keeps every guide and exercise sheet (each an MDX module and its head-assets
		// wrapper) in one chunk: as a chunk each, a thousand guides made two thousand chunks, and the
		// bundler's time and memory grew with them (issue 26). Pages only render them at build time.
		environments: { prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: /\.mdx(?:\?|$)/ }] } } } } } },
	},
	integrations: [clinicSettings(settings, buildDay), placeholderCheck(settings, process.env.CLINIC_SETTINGS || 'clinic.yaml'), mdx({ optimize: true }), preact({ include: ['**/*.tsx'] }), pagefindIndex(), staticHeaders({ hsts: settings.site.hsts }), offline()],
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// The calculators' one inline script (see hold-submit.ts).
			scriptDirective: { hashes: [HOLD_SUBMIT_HASH] },
		},
	},
});
