import { languages, type Lang } from '../../i18n/languages.ts';
import type { Settings } from '../settings/schema.ts';

/**
 * The clinic numbers a guide may quote. Guides never type these numbers: they name one here and
 * the page shows the clinic's value, so a change in clinic.yaml reaches every page.
 */
export const settingNames = [
	'holdDaysBefore',
	'courseMaxMonths',
	'bruisingDays',
	'firstReliefWeeks',
	'injectionsMin',
	'injectionsMax',
	'sessionsDefault',
	'weeksBetweenDefault',
	'emergencyNumber',
	'clinicName',
	'clinicPhone',
] as const;
export type SettingName = (typeof settingNames)[number];

const unit = (lang: Lang, value: number, which: 'day' | 'week' | 'month') =>
	new Intl.NumberFormat(languages[lang].tag, { style: 'unit', unit: which, unitDisplay: 'long' }).format(value);

/**
 * A clinic setting written out for readers of `lang`, with its unit where it has one.
 *
 * @example
 * settingText(settings, 'holdDaysBefore', 'en') // => '3 days'
 * settingText(settings, 'holdDaysBefore', 'tr') // => '3 gün'
 */
export function settingText(settings: Settings, name: SettingName, lang: Lang): string {
	const { treatment, medication, clinic } = settings;
	switch (name) {
		case 'holdDaysBefore':
			return unit(lang, medication.holdDaysBefore, 'day');
		case 'courseMaxMonths':
			return unit(lang, treatment.courseMaxMonths, 'month');
		case 'bruisingDays':
			return unit(lang, treatment.bruisingDays, 'day');
		case 'firstReliefWeeks':
			return unit(lang, treatment.firstReliefWeeks, 'week');
		case 'injectionsMin':
			return String(treatment.injectionsPerSession.min);
		case 'injectionsMax':
			return String(treatment.injectionsPerSession.max);
		case 'sessionsDefault':
			return String(treatment.sessions.default);
		case 'weeksBetweenDefault':
			return unit(lang, treatment.weeksBetweenSessions.default, 'week');
		case 'emergencyNumber':
			return clinic.emergencyNumber;
		case 'clinicName':
			return clinic.name;
		case 'clinicPhone':
			return clinic.phone;
	}
}
