import type { Lang } from '../languages.ts';
import type { PrintoutStrings } from './en.ts';

export type { PrintoutKey, PrintoutStrings } from './en.ts';

/**
 * Each language's printout words, loaded when a letter or slip is made: a calculator page never
 * loads them before its button is pressed, and loads only its own language. A language in
 * `languages.ts` without printout words fails the type check.
 */
export const printoutStrings: Record<Lang, () => Promise<PrintoutStrings>> = {
	en: () => import('./en.ts').then((module) => module.en),
	tr: () => import('./tr.ts').then((module) => module.tr),
};
