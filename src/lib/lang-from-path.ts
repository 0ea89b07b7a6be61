import { isLang, type Lang } from '../i18n/languages.ts';

/**
 * The language of a page from its URL path: a leading language code after the base, or the
 * default language.
 *
 * @example
 * langFromPath('/patients/tr/guides/costs/', '/patients/', 'en') // => 'tr'
 * langFromPath('/patients/guides/costs/', '/patients/', 'en')    // => 'en'
 */
export function langFromPath(pathname: string, base: string, defaultLang: Lang): Lang {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const first = rest.split('/')[0] ?? '';
	return isLang(first) ? first : defaultLang;
}
