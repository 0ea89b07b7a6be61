/*
 * Cross-field checks on the medication rules, as small pure validators. Each returns issues with
 * the path of the setting to change and a message that says what is wrong and what to do. The
 * schema (./schema.ts) runs them after the shape of every field has been checked.
 */

/** A problem in the settings: where it is, and what to change. */
export type RulesIssue = {
	readonly path: readonly (string | number)[];
	readonly message: string;
};

type Identified = { readonly id: string };
type GroupShape = Identified & {
	readonly needsPrescriberAgreement?: boolean | undefined;
	readonly daysBefore?: number | undefined;
	readonly restartDaysAfter?: number | undefined;
};
type RulesShape = {
	readonly groups: readonly GroupShape[];
	readonly medicines: readonly (Identified & { readonly group: string })[];
};

/**
 * Finds ids used more than once in a list of groups or medicines.
 *
 * @example
 * findDuplicateIds('groups', [{ id: 'nsaid' }, { id: 'nsaid' }])
 * //=> [{ path: ['groups', 1, 'id'], message: 'The id "nsaid" is already used by groups[0]. Give each entry in groups its own id.' }]
 */
export function findDuplicateIds(listName: string, items: readonly Identified[]): RulesIssue[] {
	const firstIndex = new Map<string, number>();
	const issues: RulesIssue[] = [];
	items.forEach((item, index) => {
		const earlier = firstIndex.get(item.id);
		if (earlier === undefined) {
			firstIndex.set(item.id, index);
			return;
		}
		issues.push({
			path: [listName, index, 'id'],
			message: `The id "${item.id}" is already used by ${listName}[${earlier}]. Give each entry in ${listName} its own id.`,
		});
	});
	return issues;
}

/**
 * Finds medicines that name a group the rules do not define.
 *
 * @example
 * findUnknownGroups({ groups: [{ id: 'nsaid' }], medicines: [{ id: 'ibuprofen', group: 'nsaids' }] })
 * //=> [{ path: ['medicines', 0, 'group'], message: 'Medicine "ibuprofen" names the group "nsaids", which is not defined. Use one of: nsaid; or add a group with the id "nsaids" to groups.' }]
 */
export function findUnknownGroups(rules: RulesShape): RulesIssue[] {
	const known = rules.groups.map((group) => group.id);
	const knownSet = new Set(known);
	const issues: RulesIssue[] = [];
	rules.medicines.forEach((medicine, index) => {
		if (knownSet.has(medicine.group)) return;
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
export function findPrescriberGroupDays(groups: readonly GroupShape[]): RulesIssue[] {
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
 * Runs every cross-field check on the medication rules.
 *
 * @example
 * validateMedicationRules({ groups: [{ id: 'nsaid' }], medicines: [{ id: 'ibuprofen', group: 'nsaid' }] })
 * //=> []
 */
export function validateMedicationRules(rules: RulesShape): RulesIssue[] {
	return [
		...findDuplicateIds('groups', rules.groups),
		...findDuplicateIds('medicines', rules.medicines),
		...findUnknownGroups(rules),
		...findPrescriberGroupDays(rules.groups),
	];
}
