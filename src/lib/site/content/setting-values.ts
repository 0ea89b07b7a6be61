import { formatDuration } from '../../../i18n/format-date.ts';
import { formatMoney } from '../../../i18n/format-money.ts';
import { translator } from '../../../i18n/index.ts';
import { languages, type Lang } from '../../../i18n/languages.ts';
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
	'injectionsPerSession',
	'sessionsDefault',
	'sessionsMin',
	'sessionsMax',
	'sessionsRange',
	'weeksBetweenDefault',
	'weeksBetweenMin',
	'weeksBetweenMax',
	'weeksBetweenRange',
	'exerciseStartDays',
	'emergencyNumber',
	'clinicName',
	'clinicPhone',
] as const;
export type SettingName = (typeof settingNames)[number];

/** True when `name` is a setting a guide may quote with `<Value name="…" />`. */
export function isSettingName(name: string): name is SettingName {
	return (settingNames as readonly string[]).includes(name);
}

const unit = (lang: Lang, value: number, which: 'day' | 'week' | 'month') => formatDuration(value, which, languages[lang].tag);

/** "4 to 15" in English, "4 ile 15 arası" in Turkish: the words around the numbers come from the strings. */
const range = (lang: Lang, min: number, max: string | number) => translator(lang)('content.value.range', { min, max });

/**
 * A clinic setting written out for readers of `lang`, with its unit where it has one.
 *
 * @example
 * settingText(settings, 'holdDaysBefore', 'en') // => '3 days'
 * settingText(settings, 'holdDaysBefore', 'tr') // => '3 gün'
 * settingText(settings, 'injectionsPerSession', 'en') // => '4 to 15'
 * settingText(settings, 'weeksBetweenRange', 'en') // => '2 to 6 weeks'
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
		case 'injectionsPerSession':
			return range(lang, treatment.injectionsPerSession.min, treatment.injectionsPerSession.max);
		case 'sessionsDefault':
			return String(treatment.sessions.default);
		case 'sessionsMin':
			return String(treatment.sessions.min);
		case 'sessionsMax':
			return String(treatment.sessions.max);
		case 'sessionsRange':
			return range(lang, treatment.sessions.min, treatment.sessions.max);
		case 'weeksBetweenDefault':
			return unit(lang, treatment.weeksBetweenSessions.default, 'week');
		case 'weeksBetweenMin':
			return unit(lang, treatment.weeksBetweenSessions.min, 'week');
		case 'weeksBetweenMax':
			return unit(lang, treatment.weeksBetweenSessions.max, 'week');
		case 'weeksBetweenRange':
			return range(lang, treatment.weeksBetweenSessions.min, unit(lang, treatment.weeksBetweenSessions.max, 'week'));
		case 'exerciseStartDays':
			return unit(lang, treatment.exerciseStartDays, 'day');
		case 'emergencyNumber':
			return clinic.emergencyNumber;
		case 'clinicName':
			return clinic.name;
		case 'clinicPhone':
			return clinic.phone;
	}
}

/**
 * The clinic's fee for one session, written for readers of `lang` by the site's one money
 * formatter (the planner's estimate uses it too), or `undefined` when the clinic has set no price
 * (then no price is shown).
 *
 * @example
 * sessionPrice({ ...settings, treatment: { ...settings.treatment, pricePerSession: { amount: 180, currency: 'GBP' } } }, 'en') // => '£180'
 */
export function sessionPrice(settings: Settings, lang: Lang): string | undefined {
	const price = settings.treatment.pricePerSession;
	if (!price) return undefined;
	return formatMoney(price.amount, price.currency, languages[lang].tag, translator(lang)('money.format'));
}
