import { formatDuration } from '../../../i18n/format-date.ts';
import { formatMoney } from '../../../i18n/format-money.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Settings } from '../settings/schema.ts';

/** The page's words, as `Astro.locals` carries them: its translator and its BCP 47 tag. */
export type PageWords = { readonly t: Translate; readonly tag: string };

/** Each duration already written out: every guide's `<Value>` asks again, and `Intl.NumberFormat` is slow to build (issue 26). */
const durations = new Map<string, string>();

const unit = ({ tag }: PageWords, value: number, which: 'day' | 'week' | 'month') => {
	const key = `${tag} ${value} ${which}`;
	let text = durations.get(key);
	if (text === undefined) durations.set(key, (text = formatDuration(value, which, tag)));
	return text;
};

/** "4 to 15" in English, "4 ile 15 arası" in Turkish: the words around the numbers come from the strings. */
const range = ({ t }: PageWords, min: number, max: string | number) => t('content.value.range', { min, max });

/** How one setting is written out for readers of a language. */
type ValueText = (settings: Settings, page: PageWords) => string;
type Limits = { default: number; min: number; max: number };

/**
 * A planner limit as four values a guide may quote: its default, its min, its max and the
 * range "min to max" (with the unit, when it has one, on each and once at the range's end).
 */
function limitValues<P extends string>(prefix: P, of: (settings: Settings) => Limits, which?: 'week') {
	const text = (page: PageWords, value: number) => (which ? unit(page, value, which) : String(value));
	const values: Record<string, ValueText> = {
		[`${prefix}Default`]: (settings, page) => text(page, of(settings).default),
		[`${prefix}Min`]: (settings, page) => text(page, of(settings).min),
		[`${prefix}Max`]: (settings, page) => text(page, of(settings).max),
		[`${prefix}Range`]: (settings, page) => range(page, of(settings).min, text(page, of(settings).max)),
	};
	return values as Record<`${P}${'Default' | 'Min' | 'Max' | 'Range'}`, ValueText>;
}

/**
 * The clinic numbers a guide may quote, and how each is written out. Guides never type these
 * numbers: they name one here and the page shows the clinic's value, so a change in clinic.yaml
 * reaches every page.
 */
const valueTexts = {
	holdDaysBefore: ({ medication }, page) => unit(page, medication.holdDaysBefore, 'day'),
	courseMaxMonths: ({ treatment }, page) => unit(page, treatment.courseMaxMonths, 'month'),
	bruisingDays: ({ treatment }, page) => unit(page, treatment.bruisingDays, 'day'),
	firstReliefWeeks: ({ treatment }, page) => unit(page, treatment.firstReliefWeeks, 'week'),
	injectionsMin: ({ treatment }) => String(treatment.injectionsPerSession.min),
	injectionsMax: ({ treatment }) => String(treatment.injectionsPerSession.max),
	injectionsPerSession: ({ treatment }, page) => range(page, treatment.injectionsPerSession.min, treatment.injectionsPerSession.max),
	...limitValues('sessions', ({ treatment }) => treatment.sessions),
	...limitValues('weeksBetween', ({ treatment }) => treatment.weeksBetweenSessions, 'week'),
	exerciseStartDays: ({ treatment }, page) => unit(page, treatment.exerciseStartDays, 'day'),
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
 * A clinic setting written out for a page's readers (its `t` and `tag`, from `Astro.locals`), with its unit where it has one.
 *
 * @example
 * settingText(settings, 'holdDaysBefore', Astro.locals) // => '3 days' on an English page, '3 gün' on a Turkish one
 * settingText(settings, 'injectionsPerSession', Astro.locals) // => '4 to 15' (English)
 * settingText(settings, 'weeksBetweenRange', Astro.locals) // => '2 to 6 weeks' (English)
 */
export function settingText(settings: Settings, name: SettingName, page: PageWords): string {
	return valueTexts[name](settings, page);
}

/**
 * The clinic's fee for one session, written for a page's readers by the site's one money
 * formatter (the planner's estimate uses it too), or `undefined` when the clinic has set no price
 * (then no price is shown).
 *
 * @example
 * sessionPrice({ ...settings, treatment: { ...settings.treatment, pricePerSession: { amount: 180, currency: 'GBP' } } }, Astro.locals) // => '£180' (English)
 */
export function sessionPrice(settings: Settings, { t, tag }: PageWords): string | undefined {
	const price = settings.treatment.pricePerSession;
	if (!price) return undefined;
	return formatMoney(price.amount, price.currency, tag, t('money.format'));
}
