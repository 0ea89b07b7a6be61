declare module 'virtual:clinic/settings' {
	/** The clinic settings of this build, parsed once in astro.config.mjs (src/integrations/clinic-settings.ts). */
	const settings: import('./lib/site/settings/schema.ts').Settings;
	export default settings;
	/** The day of the build, read once in astro.config.mjs. */
	export const buildDay: import('./lib/rules/dates/iso-date.ts').IsoDate;
	/** The clinic's closed days (public holidays and closures) from the build day to {@link closedUntil}, sorted. */
	export const closedDates: import('./lib/rules/dates/iso-date.ts').IsoDate[];
	/** The last day {@link closedDates} covers: the end of the last year the calculators reach from the build. */
	export const closedUntil: import('./lib/rules/dates/iso-date.ts').IsoDate;
}

declare namespace App {
	/** What src/middleware.ts knows about the page being built; components read it instead of the URL. */
	interface Locals {
		/** This page: its kind, language, path and its twins in other languages. */
		route: import('./lib/routes.ts').Route;
		/** The page's language. */
		lang: import('./i18n/languages.ts').Lang;
		/** The page's BCP 47 language tag, for `<html lang>`, `hreflang` and `Intl` formatting: 'en-GB'. */
		tag: (typeof import('./i18n/languages.ts').languages)[import('./i18n/languages.ts').Lang]['tag'];
		/** The interface strings of the page's language. */
		t: import('./i18n/index.ts').Translate;
		/** Every page of the site, for links between pages. */
		routes: readonly import('./lib/routes.ts').Route[];
	}
}

declare module 'virtual:clinic/planner-words' {
	/** The planner answer's words for each enabled language, loaded with the answer (src/integrations/clinic-settings.ts). */
	export const plannerWords: Record<string, () => Promise<{ default: Pick<import('./i18n/strings/en.ts').UiStrings, import('./components/planner/strings.ts').AnswerOnlyKey> }>>;
}

declare module 'virtual:clinic/medicines' {
	/** The medicine picker's data for each enabled language, loaded on demand (src/integrations/clinic-settings.ts). */
	export const medicineRules: Record<
		string,
		Record<'notes' | 'plain', () => Promise<{ default: { rules: import('./components/medication/names.ts').PageRules; strings: import('./components/medication/MedicinePicker.tsx').PickerStrings & Partial<Pick<import('./i18n/strings/en.ts').UiStrings, import('./components/medication/strings.ts').AnswerOnlyKey>> } }>>
	>;
}
