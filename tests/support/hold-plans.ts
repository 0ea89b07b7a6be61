import { expect } from 'vitest';
import { planHold, type HoldItem, type HoldPlan, type PlanHoldInput } from '../../src/lib/rules/medication/plan-hold.ts';
import { DEFAULT_GROUPS, defaultMedicationRules, medicationRulesSchema } from '../../src/lib/rules/medication/schema.ts';
import type { MedicationRules } from '../../src/lib/rules/medication/types.ts';

/* What the planHold tests (src/lib/rules/medication/plan-hold*.test.ts) share. */

/** The default rules with the anti-inflammatory group changed. */
export function rulesWith(nsaid: { daysBefore?: number; restartDaysAfter?: number }, holdDaysBefore = 3): MedicationRules {
	return medicationRulesSchema.parse({
		holdDaysBefore,
		groups: DEFAULT_GROUPS.map((group) => (group.id === 'nsaid' ? { ...group, ...nsaid } : group)),
	});
}

/** The plan, or a failed test naming the error. */
export function okPlan(plan: HoldPlan) {
	if (!plan.ok) throw new Error(`Expected a plan, got ${plan.error}`);
	return plan;
}

/** The one item of a plan for ibuprofen (or the medicine given), treatment 12 March 2027, today 1 March. */
export function onlyItem(input: Partial<PlanHoldInput>): HoldItem {
	const plan = okPlan(
		planHold({ treatmentDate: '2027-03-12', today: '2027-03-01', medicineIds: ['ibuprofen'], rules: defaultMedicationRules, ...input }),
	);
	expect(plan.items).toHaveLength(1);
	const [item] = plan.items;
	if (!item) throw new Error('No item');
	return item;
}
