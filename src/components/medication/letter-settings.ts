import type { Lang } from '../../i18n/languages.ts';
import { clinicText } from '../../lib/site/content/clinic-text.ts';
import { settings } from '../../lib/site/settings/current.ts';
import type { LetterSettings } from './letter.ts';

/** The prescriber's letter as a calculator page hands it to its island, or undefined when the clinic turned it off. */
export function letterSettings(lang: Lang): LetterSettings | undefined {
	const { letters, clinic, languages } = settings;
	if (!letters.prescriber) return undefined;
	return { clinic: clinic.name, note: letters.prescriberNote === undefined ? undefined : clinicText(letters.prescriberNote, lang, languages.default) };
}
