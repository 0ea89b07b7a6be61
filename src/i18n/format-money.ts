import { fill } from './fill.ts';

/**
 * An amount of money as people in the language write it: whole amounts without pennies, the
 * currency's short sign, and the sign before or after the number as the language's
 * `planner.cost.money` pattern says (`{symbol}{amount}` in English, `{amount} {symbol}` in Turkish).
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
