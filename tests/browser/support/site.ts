import { inject } from 'vitest';
import { isLang, type Lang } from '../../../src/i18n/languages.ts';
import { langFromPath } from '../../../src/lib/lang-from-path.ts';
import { localePath } from '../../../src/lib/routes.ts';
import { loadSettings } from '../../../src/lib/site/settings/load.ts';

/*
 * Where pages are in the build under test. The suite runs twice: with the example clinic's
 * default language (English) and with Turkish as the default (SITE_DEFAULT_LANG=tr), so tests
 * name a page by its language and path, never by a hard-coded prefix.
 */
const configured = process.env['SITE_DEFAULT_LANG'] ?? 'en';
if (!isLang(configured)) throw new Error(`SITE_DEFAULT_LANG must be a language this site has, not "${configured}"`);
export const defaultLang: Lang = configured;

/** The settings of the build under test: clinic.yaml, or the file CLINIC_SETTINGS names (clinics/istanbul.yaml for the Turkish-default run). */
export const clinicSettings = loadSettings({ CLINIC_SETTINGS: process.env['CLINIC_SETTINGS'] }, process.cwd());

export const siteUrl = inject('siteUrl');
export const base = new URL(siteUrl).pathname;

/** The address of a page in a language: `at('tr', 'guides/preparation/')`. */
export function at(lang: Lang, path: string): string {
	return new URL(localePath(lang, defaultLang, path), siteUrl).href;
}

/** The path (below the host) of a page in a language, as links on the site write it. */
export function pathAt(lang: Lang, path: string): string {
	return new URL(at(lang, path)).pathname;
}

/** The language a URL's page is in. */
export function langOf(url: string): Lang {
	return langFromPath(new URL(url).pathname, base, defaultLang);
}
