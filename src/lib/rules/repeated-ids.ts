/*
 * The one check that ids in a list of clinic settings do not repeat: the medication rules'
 * groups and medicines (./medication/validate-rules.ts) and the planner's follow-up visits
 * (src/lib/site/settings/treatment-schema.ts).
 */

/** A problem in the settings: the path of the setting to change, and a message that says what to do. */
export type SettingsIssue = {
	readonly path: readonly (string | number)[];
	readonly message: string;
};

/**
 * Ids used more than once in the list `listName`: each repeat is reported at its own `id`,
 * against the first entry that used it. `entry` names one item of the list in the message.
 *
 * @example
 * findRepeatedIds('groups', [{ id: 'nsaid' }, { id: 'nsaid' }])
 * //=> [{ path: ['groups', 1, 'id'], message: 'The id "nsaid" is already used by groups[0]. Give each entry in groups its own id.' }]
 * findRepeatedIds('followUps', [{ id: 'review' }, { id: 'review' }], 'follow-up visit')
 * //=> [{ path: ['followUps', 1, 'id'], message: 'The id "review" is already used by followUps[0]. Give each follow-up visit its own id.' }]
 */
export function findRepeatedIds(listName: string, items: readonly { readonly id: string }[], entry = `entry in ${listName}`): SettingsIssue[] {
	const firstIndex = new Map<string, number>();
	const issues: SettingsIssue[] = [];
	items.forEach((item, index) => {
		const earlier = firstIndex.get(item.id);
		if (earlier === undefined) {
			firstIndex.set(item.id, index);
			return;
		}
		issues.push({
			path: [listName, index, 'id'],
			message: `The id "${item.id}" is already used by ${listName}[${earlier}]. Give each ${entry} its own id.`,
		});
	});
	return issues;
}
