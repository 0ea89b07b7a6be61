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
 * @astrojs/mdx with Astro's head propagation turned off for its content entries. Propagation wraps
 * each entry in a second module (`guide.mdx?astroPropagatedAssets`) so that styles and scripts a
 * guide imports itself reach the page's head. Guides and exercise sheets import nothing: their
 * components come from the page that renders them (`contentComponents`), and the page's own module
 * graph carries those styles (tests/unit/exercise-sheets.test.ts and the guide check refuse an
 * import). The wrapper was half the bundler's modules: with a thousand guides, the build's peak
 * memory went from 929–942 MB to 863–874 MB without it (issue 26). The pages come out byte for
 * byte the same.
 * @param {Parameters<typeof mdx>[0]} options
 * @returns {import('astro').AstroIntegration}
 */
function mdxWithoutPropagation(options) {
	const integration = mdx(options);
	const setup = integration.hooks['astro:config:setup'];
	if (!setup) throw new Error('@astrojs/mdx has no astro:config:setup hook: check mdxWithoutPropagation in astro.config.mjs');
	integration.hooks['astro:config:setup'] = (params) => {
		// Astro gives every integration this helper but leaves it out of the hook's public type.
		const { addContentEntryType } = /** @type {{ addContentEntryType?: (entryType: import('astro').ContentEntryType) => void }} */ (/** @type {unknown} */ (params));
		if (typeof addContentEntryType !== 'function') throw new Error('Astro no longer passes addContentEntryType to integrations: check mdxWithoutPropagation in astro.config.mjs');
		// Some of the hook's helpers are not enumerable (addPageExtension), so the parameters are
		// passed on with one helper replaced rather than copied.
		const replaced = { addContentEntryType: { value: (/** @type {import('astro').ContentEntryType} */ entryType) => addContentEntryType({ ...entryType, handlePropagation: false }) } };
		return setup(Object.create(params, replaced));
	};
	return integration;
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
		plugins: [quietHeadInject()],
		worker: { format: 'es' },
		// The accent fold (src/lib/rules/fold.ts) serves the search page and the calculators; on its own it
		// would be a 0.2 kB chunk every calculator page fetches. It rides in the chunk both already load.
		build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'fill', test: /src[\\/](?:i18n[\\/]fill|lib[\\/]rules[\\/]fold)\.ts$/ }] } } } },
		// The page build keeps every guide and exercise sheet (each an MDX module) in one chunk: as a
		// chunk each, a thousand guides made a thousand chunks, and the bundler's time and memory grew
		// with them (issue 26). Pages only render them at build time.
		environments: { prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: /\.mdx(?:\?|$)/ }] } } } } } },
	},
	integrations: [clinicSettings(settings, buildDay), placeholderCheck(settings, process.env.CLINIC_SETTINGS || 'clinic.yaml'), mdxWithoutPropagation({ optimize: true }), preact({ include: ['**/*.tsx'] }), pagefindIndex(), staticHeaders({ hsts: settings.site.hsts }), offline()],
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
