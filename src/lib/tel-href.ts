/**
 * A tap-to-call link for a phone number as the clinic writes it: only the digits and a leading +
 * are kept, so spaces (no-break ones included), brackets and dashes never reach the dialler.
 *
 * @example
 * telHref('+44 20 7946 0000') // => 'tel:+442079460000'
 * telHref('(0212) 555-01-23') // => 'tel:02125550123'
 */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^+0-9]/g, '')}`;
}
