import type { UiStrings } from '../../i18n/strings/en.ts';

/** The strings the staff page's island needs: its own and the date boxes' and errors' words. */
export type SlipKey = Extract<keyof UiStrings, `staff.${string}` | `calc.date.${string}` | `calc.dateError.${string}` | 'calc.error' | 'calc.errorSummaryTitle'>;
export type SlipStrings = Pick<UiStrings, SlipKey>;

const PAGE_ONLY = new Set(['staff.title', 'staff.description', 'staff.intro', 'staff.noScript']);

/** The island's strings, picked at build time from a language's full set. */
export function slipStrings(all: UiStrings): SlipStrings {
	return Object.fromEntries(
		Object.entries(all).filter(
			([key]) => (key.startsWith('staff.') || key.startsWith('calc.date.') || key.startsWith('calc.dateError.') || key === 'calc.error' || key === 'calc.errorSummaryTitle') && !PAGE_ONLY.has(key),
		),
	) as SlipStrings;
}
