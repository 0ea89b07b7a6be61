import type { Lang } from '../../../i18n/languages.ts';
import type { GuideData } from './guide-schema.ts';
import type { Settings } from '../settings/schema.ts';
import { clinicText } from './clinic-text.ts';

/**
 * Who reviewed a guide, in the guide's language: the guide's own reviewer if its front matter
 * names one, else the clinic's, with the role in the page's language where the clinic gave one
 * per language (else the default language's, else the first given).
 *
 * @example
 * guideReviewer({ reviewer: undefined }, { clinic: { reviewer: { name: 'Dr A', role: { en: 'Consultant', tr: 'Uzman' } } }, languages: { default: 'en' } }, 'tr')
 * // => { name: 'Dr A', role: 'Uzman' }
 */
export function guideReviewer(
	data: Pick<GuideData, 'reviewer'>,
	settings: { clinic: Pick<Settings['clinic'], 'reviewer'>; languages: Pick<Settings['languages'], 'default'> },
	lang: Lang,
): { name: string; role: string } {
	if (data.reviewer) return data.reviewer;
	const { name, role } = settings.clinic.reviewer;
	return { name, role: clinicText(role, lang, settings.languages.default) };
}
