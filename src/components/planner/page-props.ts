import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { PlannerSettings } from '../../lib/rules/planner/types.ts';
import type { LetterSettings } from '../medication/letter.ts';
import type { PagePlannerStrings } from './strings.ts';

/** What the planner page gives its island (PlannerPage.astro); the answer reads the same. */
export interface PlannerProps {
	/** The page's language code (`en`) and BCP 47 tag (`en-GB`). */
	lang: string;
	tag: string;
	/** Its words, less the answer's: those come with the answer's components (./strings.ts). */
	strings: PagePlannerStrings;
	/** The clinic's planner rules, from clinic.yaml, validated at build time. */
	settings: PlannerSettings;
	phone: string;
	/** The clinic's web domain, for calendar event ids. */
	domain: string;
	/** The fee for one session, when the clinic has set one. */
	price?: { amount: number; currency: string } | undefined;
	/** Where the "exercise programme starts" line links: the clinic's exercise sheet(s). */
	exercise?: { href: string; text: string } | undefined;
	/** The last day the page knows the clinic's closed days for; a plan past it says to check with the clinic. */
	closedUntil: IsoDate;
	/** The prescriber's letter (clinic.yaml `letters`); left out when the clinic turned it off. */
	letter?: LetterSettings | undefined;
	/** The before-treatment pack, which prints these session dates with the guides (its link takes the plan's fragment). */
	pack?: { href: string; text: string } | undefined;
}
