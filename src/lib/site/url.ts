import settings from 'virtual:clinic/settings';
import type { Lang } from '../../i18n/languages.ts';
import { guidePath, pagePath, type FixedPage } from '../routes.ts';
import { exercisePath } from './exercise/routes.ts';
import type { ExerciseSheetName } from './exercise/sheets.ts';

/*
 * The site's addresses, for links, pictures and the head: the one place the base path
 * (`site.base` in clinic.yaml, or BASE_PATH) is put in front of a path, so a site that lives
 * in a folder (`/patients/`) links right everywhere. Build time only: the browser's scripts
 * read the base from `<html data-base>` (layouts/Page.astro).
 */

/**
 * The address of a path below the base, as the browser asks for it. A leading `/` is the base
 * itself, as in the settings' file paths (`clinic.logo: /logo.svg`).
 *
 * @example
 * // With `site.base: /clinic-site/`:
 * url('guides/costs/') // => '/clinic-site/guides/costs/'
 * url('/logo.svg')     // => '/clinic-site/logo.svg'
 * url('')              // => '/clinic-site/'
 */
export function url(path: string): string {
	return `${settings.site.base}${path.replace(/^\//, '')}`;
}

/**
 * The full address of a path below the base, with the site's origin (`site.url`), for
 * canonical links, hreflang, the sitemap and a printed page's address.
 *
 * @example
 * // With `site.url: https://clinic.example` and `site.base: /clinic-site/`:
 * absoluteUrl('tr/') // => 'https://clinic.example/clinic-site/tr/'
 */
export function absoluteUrl(path: string): string {
	return new URL(url(path), settings.site.url).href;
}

/** The address of a fixed page (home, the guide list, a calculator, search, the pack) in a language. */
export function pageUrl(kind: FixedPage, lang: Lang): string {
	return url(pagePath(kind, lang, settings.languages.default));
}

/** The address of a guide in a language. */
export function guideUrl(slug: string, lang: Lang): string {
	return url(guidePath(slug, lang, settings.languages.default));
}

/** The address of the general exercise guide (`overview`) or an area's sheet in a language. */
export function exerciseUrl(sheet: ExerciseSheetName, lang: Lang): string {
	return url(exercisePath(sheet, lang, settings.languages.default));
}
