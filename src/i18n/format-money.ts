import { fill } from './fill.ts';

/**
 * An amount of money as people in the language write it: whole amounts without pennies, the
 * currency's short sign, and the sign before or after the number as the language's
 * `money.format` pattern says (`{symbol}{amount}` in English, `{amount} {symbol}` in Turkish).
 * The one formatter for prices: the planner's estimate and a guide's session price (sessionPrice)
 * both use it, so one price reads the same on both pages.
 *
 * Why these forms: Turkish writes the currency after the number ("1.500 TL", TDK Yazım Kılavuzu;
 * price lists and receipts in Türkiye do the same with "₺"), although CLDR's Turkish puts "₺"
 * first. English writes the sign first with no space, and the narrow sign ("$180", not "US$180"):
 * a clinic charges in its own country's money, where the narrow sign is the one people use.
 *
 * @example
 * [formatMoney(720, 'GBP', 'en-GB', '{symbol}{amount}'), formatMoney(7200, 'TRY', 'tr-TR', '{amount} {symbol}'), formatMoney(180.5, 'GBP', 'en-GB', '{symbol}{amount}')]
 * //=> ['£720', '7.200 ₺', '£180.50']
 */
export function formatMoney(amount: number, currency: string, tag: string, pattern: string): string {
	const digits = Number.isInteger(amount) ? 0 : 2;
	const parts = new Intl.NumberFormat(tag, {
		style: 'currency',
		currency,
		currencyDisplay: 'narrowSymbol',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	}).formatToParts(amount);
	const symbol = parts.filter((part) => part.type === 'currency').map((part) => part.value).join('');
	const number = parts.filter((part) => part.type !== 'currency' && part.type !== 'literal').map((part) => part.value).join('');
	return fill(pattern, { symbol, amount: number });
}
