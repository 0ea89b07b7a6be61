/*
 * A combination product ("Anadin Extra": aspirin, paracetamol and caffeine) follows the rule of
 * its strictest ingredient, and the answer says which (docs/medicine-groups.md, "Combination
 * products"). Strictest first: only the prescriber's days (blood thinners, antiplatelets); then
 * stop before treatment, the longer stop first; then ask the clinic; then keep taking. Works on
 * the rules as a clinic writes them, before the groups are resolved (./schema.ts).
 */

type GroupShape = {
	readonly id: string;
	readonly kind?: string | undefined;
	readonly needsPrescriberAgreement?: boolean | undefined;
	readonly daysBefore?: number | undefined;
};
type MedicineShape = { readonly id: string; readonly group?: string | undefined; readonly ingredients?: readonly string[] | undefined };

/**
 * How strict a group's rule is, as a number: higher is stricter. A stop counts its days, so a
 * 7-day stop is stricter than a 3-day one.
 *
 * @example
 * [strictness({ id: 'paracetamol', kind: 'keepTaking' }, 3), strictness({ id: 'nsaid', kind: 'stopBefore' }, 3), strictness({ id: 'anticoagulant', kind: 'stopBefore', needsPrescriberAgreement: true }, 3)]
 * //=> [0, 1003, 2000]
 */
export function strictness(group: GroupShape, holdDaysBefore: number): number {
	if (group.kind === 'prescriberDecides' || (group.kind === 'stopBefore' && group.needsPrescriberAgreement === true)) return 2000;
	if (group.kind === 'stopBefore') return 1000 + (group.daysBefore ?? holdDaysBefore);
	return group.kind === 'askClinic' ? 500 : 0;
}

/**
 * The ingredient whose group is strictest, and that group; on a tie, the ingredient listed first.
 * Ingredients the rules do not know are skipped (the settings refuse them: ./validate-rules.ts).
 *
 * @example
 * strictestIngredient(['paracetamol', 'aspirin-for-pain'], { groups: [{ id: 'nsaid', kind: 'stopBefore' }, { id: 'paracetamol', kind: 'keepTaking' }], medicines: [{ id: 'paracetamol', group: 'paracetamol' }, { id: 'aspirin-for-pain', group: 'nsaid' }], holdDaysBefore: 3 })
 * //=> { ingredientId: 'aspirin-for-pain', groupId: 'nsaid' }
 */
export function strictestIngredient(
	ingredients: readonly string[],
	rules: { readonly groups: readonly GroupShape[]; readonly medicines: readonly MedicineShape[]; readonly holdDaysBefore: number },
): { ingredientId: string; groupId: string } | undefined {
	let best: { ingredientId: string; groupId: string; score: number } | undefined;
	for (const ingredientId of ingredients) {
		const groupId = rules.medicines.find((medicine) => medicine.id === ingredientId)?.group;
		const group = rules.groups.find((candidate) => candidate.id === groupId);
		if (groupId === undefined || group === undefined) continue;
		const score = strictness(group, rules.holdDaysBefore);
		if (best === undefined || score > best.score) best = { ingredientId, groupId, score };
	}
	return best && { ingredientId: best.ingredientId, groupId: best.groupId };
}
