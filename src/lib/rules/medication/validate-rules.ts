import { findRepeatedIds, type SettingsIssue } from '../repeated-ids.ts';
import { findUnsafeGroups } from './safety-rules.ts';

/*
 * Cross-field checks on the medication rules, as small pure validators. Each returns issues with
 * the path of the setting to change and a message that says what is wrong and what to do. The
 * schema (./schema.ts) runs them after the shape of every field has been checked.
 */

type Identified = { readonly id: string };
type GroupShape = Identified & {
	readonly kind?: string | undefined;
	readonly needsPrescriberAgreement?: boolean | undefined;
	readonly daysBefore?: number | undefined;
	readonly restartDaysAfter?: number | undefined;
};
type MedicineShape = Identified & {
	readonly group?: string | undefined;
	readonly ingredients?: readonly string[] | undefined;
	readonly generic?: Readonly<Record<string, string>> | undefined;
	readonly otherNames?: Readonly<Record<string, readonly string[]>> | undefined;
	readonly brands?: Readonly<Record<string, readonly string[]>> | undefined;
};
type RulesShape = {
	readonly groups: readonly GroupShape[];
	readonly medicines: readonly MedicineShape[];
	readonly holdDaysBefore?: number | undefined;
};

/**
 * Finds medicines that name a group the rules do not define.
 *
 * @example
 * findUnknownGroups({ groups: [{ id: 'nsaid' }], medicines: [{ id: 'ibuprofen', group: 'nsaids' }] })
 * //=> [{ path: ['medicines', 0, 'group'], message: 'Medicine "ibuprofen" names the group "nsaids", which is not defined. Use one of: nsaid; or add a group with the id "nsaids" to groups.' }]
 */
export function findUnknownGroups(rules: RulesShape): SettingsIssue[] {
	const known = rules.groups.map((group) => group.id);
	const knownSet = new Set(known);
	const issues: SettingsIssue[] = [];
	rules.medicines.forEach((medicine, index) => {
		if (medicine.group === undefined || knownSet.has(medicine.group)) return;
		issues.push({
			path: ['medicines', index, 'group'],
			message: `Medicine "${medicine.id}" names the group "${medicine.group}", which is not defined. Use one of: ${known.join(', ')}; or add a group with the id "${medicine.group}" to groups.`,
		});
	});
	return issues;
}

/**
 * Finds groups that need the prescriber's agreement but also set the clinic's own days. Those
 * days would never be used (the patient enters the days the prescriber gave), so a clinic that
 * writes them is told so instead of believing they apply (docs/medicine-groups.md).
 *
 * @example
 * findPrescriberGroupDays([{ id: 'anticoagulant', needsPrescriberAgreement: true, daysBefore: 5 }])
 * //=> [{ path: ['groups', 0, 'daysBefore'], message: 'Group "anticoagulant" needs the prescriber\'s agreement, so its days come from the prescriber, never from the clinic. Remove daysBefore.' }]
 */
export function findPrescriberGroupDays(groups: readonly GroupShape[]): SettingsIssue[] {
	return groups.flatMap((group, index) =>
		group.needsPrescriberAgreement === true
			? (['daysBefore', 'restartDaysAfter'] as const)
					.filter((key) => group[key] !== undefined)
					.map((key) => ({
						path: ['groups', index, key],
						message: `Group "${group.id}" needs the prescriber's agreement, so its days come from the prescriber, never from the clinic. Remove ${key}.`,
					}))
			: [],
	);
}

/**
 * Finds medicines that give neither a group nor ingredients, or both: a combination product's
 * group is worked out from its ingredients, never written by hand (docs/medicine-groups.md).
 *
 * @example
 * findGroupOrIngredients([{ id: 'anadin-extra', group: 'paracetamol', ingredients: ['aspirin-for-pain', 'paracetamol'] }])
 * //=> [{ path: ['medicines', 0, 'group'], message: 'Medicine "anadin-extra" lists its ingredients, so its group is the group of its strictest ingredient. Remove group.' }]
 */
export function findGroupOrIngredients(medicines: readonly MedicineShape[]): SettingsIssue[] {
	return medicines.flatMap((medicine, index) => {
		if (medicine.group !== undefined && medicine.ingredients !== undefined) {
			return [{ path: ['medicines', index, 'group'], message: `Medicine "${medicine.id}" lists its ingredients, so its group is the group of its strictest ingredient. Remove group.` }];
		}
		if (medicine.group === undefined && medicine.ingredients === undefined) {
			return [{ path: ['medicines', index, 'group'], message: `Give medicine "${medicine.id}" a group, or for a combination product the ids of its ingredients in ingredients.` }];
		}
		return [];
	});
}

/**
 * Finds ingredients that are not single medicines of the list: an unknown id, the product itself,
 * or another combination product.
 *
 * @example
 * findUnknownIngredients([{ id: 'paracetamol', group: 'paracetamol' }, { id: 'duo', ingredients: ['paracetamol', 'ibuprofn'] }])
 * //=> [{ path: ['medicines', 1, 'ingredients', 1], message: 'Medicine "duo" lists the ingredient "ibuprofn", which is not a medicine of the list with its own group. Use the id of a medicine that has a group, like "paracetamol".' }]
 */
export function findUnknownIngredients(medicines: readonly MedicineShape[]): SettingsIssue[] {
	const single = medicines.filter((medicine) => medicine.group !== undefined && medicine.ingredients === undefined).map((medicine) => medicine.id);
	const example = single[0] ?? 'ibuprofen';
	return medicines.flatMap((medicine, index) =>
		(medicine.ingredients ?? []).flatMap((ingredient, position) =>
			single.includes(ingredient)
				? []
				: [
						{
							path: ['medicines', index, 'ingredients', position],
							message: `Medicine "${medicine.id}" lists the ingredient "${ingredient}", which is not a medicine of the list with its own group. Use the id of a medicine that has a group, like "${example}".`,
						},
					],
		),
	);
}

/**
 * Runs every cross-field check on the medication rules.
 *
 * @example
 * validateMedicationRules({ groups: [{ id: 'nsaid' }], medicines: [{ id: 'ibuprofen', group: 'nsaid' }] })
 * //=> []
 */
export function validateMedicationRules(rules: RulesShape): SettingsIssue[] {
	return [
		...findRepeatedIds('groups', rules.groups),
		...findRepeatedIds('medicines', rules.medicines),
		...findGroupOrIngredients(rules.medicines),
		...findUnknownGroups(rules),
		...findUnknownIngredients(rules.medicines),
		...findPrescriberGroupDays(rules.groups),
		...findUnsafeGroups({ ...rules, holdDaysBefore: rules.holdDaysBefore ?? 3 }),
	];
}
