/*
 * What the patient picked in the medicine picker, apart from the picker itself: the calculators
 * need it at once, the picker loads on demand (./lazy-picker.tsx).
 */

/** A medicine or a whole group the patient picked; `name` is the name they found it by ("Brufen"). */
export interface MedicinePick {
	selection: 'medicine' | 'group';
	id: string;
	name?: string | undefined;
}

/** The picked ids, split as the rules take them: medicines and whole groups. */
export function pickedIds(picks: readonly MedicinePick[]): { medicineIds: string[]; groupIds: string[] } {
	return {
		medicineIds: picks.filter((p) => p.selection === 'medicine').map((p) => p.id),
		groupIds: picks.filter((p) => p.selection === 'group').map((p) => p.id),
	};
}
