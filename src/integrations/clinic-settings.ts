import type { AstroIntegration } from 'astro';
import type { Settings } from '../lib/settings/schema.ts';

/** The module pages, layouts and the middleware import the clinic settings from. */
export const SETTINGS_MODULE = 'virtual:clinic/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;

/**
 * A Vite plugin serving settings already parsed as `virtual:clinic/settings` (its default export).
 * astro.config.mjs reads and validates clinic.yaml once and hands the result here, so no page
 * reads or parses the file again (the pattern of Starlight's `virtual:starlight/user-config`).
 */
export function settingsModule(settings: Settings) {
	return {
		name: 'clinic-settings',
		resolveId: (id: string) => (id === SETTINGS_MODULE ? RESOLVED : undefined),
		load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(settings)};` : undefined),
	};
}

/** The Astro integration that adds {@link settingsModule} to the build. */
export function clinicSettings(settings: Settings): AstroIntegration {
	return {
		name: 'clinic-settings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [settingsModule(settings)] } });
			},
		},
	};
}
