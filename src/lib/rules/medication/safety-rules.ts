import defaults from './default-rules.json' with { type: 'json' };
import { foldForSearch } from '../fold.ts';
import { strictestIngredient } from './strictest-ingredient.ts';

/*
 * The safety rules the default medicine list encodes, kept whatever a clinic writes in its
 * settings (docs/clinical-rules.md, "Safety rules no setting can break"):
 * 1. a blood thinner or antiplatelet (a medicine the defaults put in a prescriber group, known by
 *    its id or any of its names) sits only in a group that needs the prescriber's agreement;
 * 2. aspirin prescribed for the heart (known by a name only that entry has, like "Coraspin") is
 *    never in a group the clinic stops;
 * 3. a name both aspirin entries share ("aspirin") is never only on a medicine the clinic stops:
 *    the patient must be able to choose the heart use.
 * A combination product counts through its ingredients (./strictest-ingredient.ts).
 */

type GroupShape = {
	readonly id: string;
	readonly kind?: string | undefined;
	readonly needsPrescriberAgreement?: boolean | undefined;
	readonly daysBefore?: number | undefined;
};
type MedicineShape = {
	readonly id: string;
	readonly group?: string | undefined;
	readonly ingredients?: readonly string[] | undefined;
	readonly generic?: Readonly<Record<string, string>> | undefined;
	readonly otherNames?: Readonly<Record<string, readonly string[]>> | undefined;
	readonly brands?: Readonly<Record<string, readonly string[]>> | undefined;
};
type RulesShape = { readonly groups: readonly GroupShape[]; readonly medicines: readonly MedicineShape[]; readonly holdDaysBefore: number };
type Issue = { readonly path: readonly (string | number)[]; readonly message: string };

const isPrescriberGroup = (group: GroupShape | undefined) => group?.kind === 'stopBefore' && group.needsPrescriberAgreement === true;
const isClinicStop = (group: GroupShape | undefined) => group?.kind === 'stopBefore' && group.needsPrescriberAgreement !== true;

function namesOf(medicine: MedicineShape): string[] {
	return [
		...Object.values(medicine.generic ?? {}),
		...Object.values(medicine.otherNames ?? {}).flat(),
		...Object.values(medicine.brands ?? {}).flat(),
	].map(foldForSearch);
}

/** The group a medicine follows: its own, or for a combination product its strictest ingredient's. */
function groupOf(medicine: MedicineShape, rules: RulesShape): GroupShape | undefined {
	const groupId = medicine.ingredients ? strictestIngredient(medicine.ingredients, rules)?.groupId : medicine.group;
	return rules.groups.find((group) => group.id === groupId);
}

/** What the defaults say about each medicine's kind, as ids and folded names. */
const known = (() => {
	const rules: RulesShape = defaults;
	const byKind = (test: (medicine: MedicineShape) => boolean) => {
		const inside = rules.medicines.filter(test);
		const outside = new Set(rules.medicines.filter((medicine) => !test(medicine)).flatMap(namesOf));
		return { ids: new Set(inside.map((medicine) => medicine.id)), names: new Set(inside.flatMap(namesOf).filter((name) => !outside.has(name))) };
	};
	const pain = rules.medicines.find((medicine) => medicine.id === 'aspirin-for-pain');
	const heart = rules.medicines.find((medicine) => medicine.id === 'aspirin-heart');
	const heartNames = new Set(heart ? namesOf(heart) : []);
	return {
		bloodThinner: byKind((medicine) => isPrescriberGroup(groupOf(medicine, rules))),
		heartAspirin: byKind((medicine) => medicine.id === 'aspirin-heart'),
		sharedAspirinNames: new Set((pain ? namesOf(pain) : []).filter((name) => heartNames.has(name))),
	};
})();

function isKnown(medicine: MedicineShape, kind: { ids: ReadonlySet<string>; names: ReadonlySet<string> }): string | undefined {
	if (kind.ids.has(medicine.id)) return medicine.id;
	return namesOf(medicine).find((name) => kind.names.has(name));
}

/**
 * Finds medicines a clinic's settings put where the site could tell a patient to stop a blood
 * thinner, an antiplatelet or heart aspirin on the clinic's days (see the note above). One
 * sentence each, at the setting to change: a group that holds only blood thinners is told to add
 * `needsPrescriberAgreement: true`; a medicine in a mixed group is told to move.
 *
 * @example
 * findUnsafeGroups({ holdDaysBefore: 3, groups: [{ id: 'blood-thinners', kind: 'stopBefore', needsPrescriberAgreement: false }], medicines: [{ id: 'warfarin', group: 'blood-thinners' }] })[0].path
 * //=> ['groups', 0, 'needsPrescriberAgreement']
 */
export function findUnsafeGroups(rules: RulesShape): Issue[] {
	const issues: Issue[] = [];
	const flaggedGroups = new Set<string>();
	rules.medicines.forEach((medicine, index) => {
		if (medicine.ingredients) return; // Its ingredients are checked themselves.
		const group = groupOf(medicine, rules);
		if (group === undefined) return;
		const thinner = isKnown(medicine, known.bloodThinner);
		if (thinner !== undefined && !isPrescriberGroup(group)) {
			const members = rules.medicines.filter((other) => other.group === group.id && !other.ingredients);
			const onlyThinners = group.kind === 'stopBefore' && members.every((other) => isKnown(other, known.bloodThinner) !== undefined);
			if (onlyThinners) {
				if (flaggedGroups.has(group.id)) return;
				flaggedGroups.add(group.id);
				const names = members.map((other) => other.id).slice(0, 3).join(', ');
				issues.push({
					path: ['groups', rules.groups.indexOf(group), 'needsPrescriberAgreement'],
					message: `Group "${group.id}" holds blood thinners or antiplatelets (${names}${members.length > 3 ? ', …' : ''}), which the site must never tell a patient to stop on the clinic's days. Set needsPrescriberAgreement: true on it.`,
				});
				return;
			}
			issues.push({
				path: ['medicines', index, 'group'],
				message: `Medicine "${medicine.id}" is a blood thinner or antiplatelet (the default list knows "${thinner}" as one), which the site must never tell a patient to stop on the clinic's days. Put it in a group with needsPrescriberAgreement: true, like the default "anticoagulant" group.`,
			});
			return;
		}
		const heart = isKnown(medicine, known.heartAspirin);
		if (heart !== undefined && isClinicStop(group)) {
			issues.push({
				path: ['medicines', index, 'group'],
				message: `Medicine "${medicine.id}" is aspirin prescribed for the heart, a stroke or a stent (the default list knows "${heart}" as one), which the site must never tell a patient to stop on the clinic's days. Put it in a group of kind keepTaking or askClinic, like the default "heart-aspirin" group.`,
			});
		}
	});
	// A name both aspirin uses share must also find a medicine the clinic does not stop.
	const keptNames = new Set(rules.medicines.filter((medicine) => !isClinicStop(groupOf(medicine, rules))).flatMap(namesOf));
	rules.medicines.forEach((medicine, index) => {
		if (!isClinicStop(groupOf(medicine, rules))) return;
		const shared = namesOf(medicine).find((name) => known.sharedAspirinNames.has(name) && !keptNames.has(name));
		if (shared === undefined) return;
		issues.push({
			path: ['medicines', index, 'id'],
			message: `Medicine "${medicine.id}" is stopped on the clinic's days and found by "${shared}", a name heart aspirin shares, but no medicine that is kept on has that name, so a patient on heart aspirin would be told to stop it. Give "${shared}" to a medicine in a keepTaking group as well, like the default "aspirin-heart", or remove it from this medicine.`,
		});
	});
	return issues;
}
