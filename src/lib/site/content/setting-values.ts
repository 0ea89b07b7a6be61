import { formatDuration } from '../../../i18n/format-date.ts';
import { formatMoney } from '../../../i18n/format-money.ts';
import { translator } from '../../../i18n/index.ts';
import { languages, type Lang } from '../../../i18n/languages.ts';
import type { Settings } from '../settings/schema.ts';

/** Each duration already written out: every guide's `<Value>` asks again, and `Intl.NumberFormat` is slow to build (issue 26). */
const durations = new Map<string, string>();

const unit = (lang: Lang, value: number, which: 'day' | 'week' | 'month') => {
	const key = `${lang} ${value} ${which}`;
	let text = durations.get(key);
	if (text === undefined) durations.set(key, (text = formatDuration(value, which, languages[lang].tag)));
	return text;
};

/** "4 to 15" in English, "4 ile 15 arası" in Turkish: the words around the numbers come from the strings. */
const range = (lang: Lang, min: number, max: string | number) => translator(lang)('content.value.range', { min, max });

/** How one setting is written out for readers of a language. */
type ValueText = (settings: Settings, lang: Lang) => string;
type Limits = { default: number; min: number; max: number };

/**
 * A planner limit as four values a guide may quote: its default, its min, its max and the
 * range "min to max" (with the unit, when it has one, on each and once at the range's end).
 */
function limitValues<P extends string>(prefix: P, of: (settings: Settings) => Limits, which?: 'week') {
	const text = (lang: Lang, value: number) => (which ? unit(lang, value, which) : String(value));
	const values: Record<string, ValueText> = {
		[`${prefix}Default`]: (settings, lang) => text(lang, of(settings).default),
		[`${prefix}Min`]: (settings, lang) => text(lang, of(settings).min),
		[`${prefix}Max`]: (settings, lang) => text(lang, of(settings).max),
		[`${prefix}Range`]: (settings, lang) => range(lang, of(settings).min, text(lang, of(settings).max)),
	};
	return values as Record<`${P}${'Default' | 'Min' | 'Max' | 'Range'}`, ValueText>;
}

/**
 * The clinic numbers a guide may quote, and how each is written out. Guides never type these
 * numbers: they name one here and the page shows the clinic's value, so a change in clinic.yaml
 * reaches every page.
 */
const valueTexts = {
	holdDaysBefore: ({ medication }, lang) => unit(lang, medication.holdDaysBefore, 'day'),
	courseMaxMonths: ({ treatment }, lang) => unit(lang, treatment.courseMaxMonths, 'month'),
	bruisingDays: ({ treatment }, lang) => unit(lang, treatment.bruisingDays, 'day'),
	firstReliefWeeks: ({ treatment }, lang) => unit(lang, treatment.firstReliefWeeks, 'week'),
	injectionsMin: ({ treatment }) => String(treatment.injectionsPerSession.min),
	injectionsMax: ({ treatment }) => String(treatment.injectionsPerSession.max),
	injectionsPerSession: ({ treatment }, lang) => range(lang, treatment.injectionsPerSession.min, treatment.injectionsPerSession.max),
	...limitValues('sessions', ({ treatment }) => treatment.sessions),
	...limitValues('weeksBetween', ({ treatment }) => treatment.weeksBetweenSessions, 'week'),
	exerciseStartDays: ({ treatment }, lang) => unit(lang, treatment.exerciseStartDays, 'day'),
	emergencyNumber: ({ clinic }) => clinic.emergencyNumber,
	clinicName: ({ clinic }) => clinic.name,
	clinicPhone: ({ clinic }) => clinic.phone,
} satisfies Record<string, ValueText>;

export type SettingName = keyof typeof valueTexts;
/** The names a guide may give `<Value name="…" />`. */
export const settingNames = Object.keys(valueTexts) as SettingName[];

/** True when `name` is a setting a guide may quote with `<Value name="…" />`. */
export function isSettingName(name: string): name is SettingName {
	return Object.hasOwn(valueTexts, name);
}

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
	return valueTexts[name](settings, lang);
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
