import type { MedicationRules } from './types.ts';

/**
 * Whether a group's medicines are stopped only on their prescriber's word (blood thinners,
 * antiplatelets: docs/clinical-rules.md): those get the letter for the doctor who prescribes them.
 *
 * @example
 * [isPrescriberGated(defaultMedicationRules, 'anticoagulant'), isPrescriberGated(defaultMedicationRules, 'nsaid')]
 * //=> [true, false]
 */
export function isPrescriberGated(rules: Pick<MedicationRules, 'groups'>, groupId: string): boolean {
	return rules.groups.some((group) => group.id === groupId && group.kind === 'prescriberDecides');
}
