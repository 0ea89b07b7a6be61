import type { AstroIntegration } from 'astro';
import { rulesForPage } from '../components/medication/names.ts';
import { pickerStrings } from '../components/medication/picker-strings.ts';
import { answerStrings } from '../components/medication/strings.ts';
import { plannerAnswerStrings } from '../components/planner/strings.ts';
import { isLang, strings } from '../i18n/index.ts';
import type { IsoDate } from '../lib/rules/dates/iso-date.ts';
import { clinicClosedDates, closedDaysKnownUntil } from '../lib/site/holidays/closed-dates.ts';
import type { Settings } from '../lib/site/settings/schema.ts';

/**
 * The module pages, layouts and the middleware import the clinic settings from (its default
 * export), with what the build knows from its day: `buildDay`, and the clinic's closed days the
 * calculators carry, `closedDates` (holidays and closures, from the build day on) and
 * `closedUntil` (the last day that list covers), worked out once per build.
 */
export const SETTINGS_MODULE = 'virtual:clinic/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;

/**
 * The module the calculators load their medicine picker's data from, on demand: `medicineRules`,
 * for each enabled language, the picker's words and the rules as `rulesForPage` packs them, with the groups' notes
 * (`notes`, the medication page) or without (`plain`, the planner), each a dynamic import of a
 * data module of its own (`virtual:clinic/medicines/<lang>/<variant>`), so a page fetches only
 * its language's list, and only when the patient reaches for the picker (lazy-picker.tsx).
 */
export const MEDICINES_MODULE = 'virtual:clinic/medicines';

/**
 * The module the planner loads its answer's words from, with the answer (result-view.ts):
 * `plannerWords`, for each enabled language, a dynamic import of `virtual:clinic/planner-words/<lang>`.
 */
export const PLANNER_WORDS_MODULE = 'virtual:clinic/planner-words';
const VARIANTS = { notes: {}, plain: { notes: false } } as const;

/**
 * A Vite plugin serving settings already parsed, and the build's day, as `virtual:clinic/settings`
 * (see {@link SETTINGS_MODULE}), and the medicine data built from them as `virtual:clinic/medicines`
 * (see {@link MEDICINES_MODULE}). astro.config.mjs reads and validates clinic.yaml and reads the
 * clock once and hands the results here, so no page reads or parses the file, or reads the
 * clock, again (the pattern of Starlight's `virtual:starlight/user-config`).
 */
export function settingsModule(settings: Settings, buildDay: IsoDate) {
	const settingsSource = [
		`export default ${JSON.stringify(settings)};`,
		`export const buildDay = ${JSON.stringify(buildDay)};`,
		`export const closedDates = ${JSON.stringify(clinicClosedDates(settings, buildDay))};`,
		`export const closedUntil = ${JSON.stringify(closedDaysKnownUntil(settings, buildDay))};`,
	].join('\n');
	const dataId = (lang: string, variant: string) => `${MEDICINES_MODULE}/${lang}/${variant}`;
	return {
		name: 'clinic-settings',
		// The filters let the bundler pass every other module by without calling into JavaScript
		// (issue 26: a thousand guides are two thousand modules, in each build environment).
		resolveId: {
			filter: { id: /^virtual:clinic\// },
			handler: (id: string) => (id === SETTINGS_MODULE || id.startsWith(MEDICINES_MODULE) || id.startsWith(PLANNER_WORDS_MODULE) ? `\0${id}` : undefined),
		},
		load: {
			filter: { id: /^\0virtual:clinic\// },
			handler: (id: string) => {
				if (id === RESOLVED) return settingsSource;
				if (id === `\0${MEDICINES_MODULE}`) {
					const entries = settings.languages.enabled.map(
						(lang) => `${JSON.stringify(lang)}: { ${Object.keys(VARIANTS).map((variant) => `${variant}: () => import(${JSON.stringify(dataId(lang, variant))})`).join(', ')} }`,
					);
					return `export const medicineRules = { ${entries.join(', ')} };`;
				}
				if (id === `\0${PLANNER_WORDS_MODULE}`) {
					const entries = settings.languages.enabled.map((lang) => `${JSON.stringify(lang)}: () => import(${JSON.stringify(`${PLANNER_WORDS_MODULE}/${lang}`)})`);
					return `export const plannerWords = { ${entries.join(', ')} };`;
				}
				const wordsLang = /^\0virtual:clinic\/planner-words\/([^/]+)$/.exec(id)?.[1];
				if (wordsLang !== undefined) return isLang(wordsLang) ? `export default ${JSON.stringify(plannerAnswerStrings(strings[wordsLang]))};` : undefined;
				const data = /^\0virtual:clinic\/medicines\/([^/]+)\/([^/]+)$/.exec(id);
				if (!data) return undefined;
				const [, lang = '', variant = ''] = data;
				if (!isLang(lang)) return undefined;
				const rules = rulesForPage(settings.medication, lang, VARIANTS[variant as keyof typeof VARIANTS]);
				// The medication page's answer words come with its medicines (components/medication/strings.ts).
				const words = variant === 'notes' ? { ...pickerStrings(strings[lang]), ...answerStrings(strings[lang]) } : pickerStrings(strings[lang]);
				return `export default ${JSON.stringify({ rules, strings: words })};`;
			},
		},
	};
}

/** The Astro integration that adds {@link settingsModule} to the build. */
export function clinicSettings(settings: Settings, buildDay: IsoDate): AstroIntegration {
	return {
		name: 'clinic-settings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [settingsModule(settings, buildDay)] } });
			},
		},
	};
}
