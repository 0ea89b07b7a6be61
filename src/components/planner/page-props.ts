import type { PlannerSettings } from '../../lib/rules/planner/types.ts';
import type { CalculatorPageProps } from '../medication/page-props.ts';
import type { PagePlannerStrings } from './strings.ts';

/** What the planner page gives its island (PlannerPage.astro); the answer reads the same. */
export interface PlannerProps extends CalculatorPageProps {
	/** Its words, less the answer's: those come with the answer's components (./strings.ts). */
	strings: PagePlannerStrings;
	/** The clinic's planner rules, from clinic.yaml, validated at build time. */
	settings: PlannerSettings;
	/** The fee for one session, when the clinic has set one. */
	price?: { amount: number; currency: string } | undefined;
	/** Where the "exercise programme starts" line links: the clinic's exercise sheet(s). */
	exercise?: { href: string; text: string } | undefined;
	/** The before-treatment pack, which prints these session dates with the guides (its link takes the plan's fragment). */
	pack?: { href: string; text: string } | undefined;
}
