import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_GROUPS, DEFAULT_MEDICINES, defaultMedicationRules, medicationRulesSchema } from './schema.ts';
import type { MedicineGroup } from './types.ts';

function groupById(id: string, groups: readonly MedicineGroup[] = defaultMedicationRules.groups): MedicineGroup {
	const group = groups.find((candidate) => candidate.id === id);
	if (!group) throw new Error(`No group ${id}`);
	return group;
}

describe('default medication rules', () => {
	test('the clinic text: anti-inflammatory painkillers stop 3 days before, with no restart rule', () => {
		expect(defaultMedicationRules.holdDaysBefore).toBe(3);
		expect(groupById('nsaid')).toMatchObject({
			kind: 'stopBefore',
			daysBefore: 3,
			restartDaysAfter: null,
		});
	});

	test.each(['anticoagulant', 'antiplatelet'])('%s: only the prescriber decides, and the group has no days of its own', (id) => {
		expect(groupById(id)).toEqual({ id, kind: 'prescriberDecides', name: expect.any(Object), note: expect.any(Object) });
	});

	test.each(['heart-aspirin', 'paracetamol'])('%s: keep taking', (id) => {
		expect(groupById(id).kind).toBe('keepTaking');
	});

	test.each(['metamizole', 'bleeding-supplements'])('%s: ask the clinic', (id) => {
		expect(groupById(id).kind).toBe('askClinic');
	});

	test('every group has a name and a note in English and Turkish', () => {
		for (const group of defaultMedicationRules.groups) {
			expect(Object.keys(group.name).sort()).toEqual(['en', 'tr']);
			expect(Object.keys(group.note).sort()).toEqual(['en', 'tr']);
		}
	});

	test('every default group names its source, the section of docs/medicine-groups.md that gives it', () => {
		const docs = readFileSync('docs/medicine-groups.md', 'utf8');
		for (const group of DEFAULT_GROUPS) {
			expect(group.source, group.id).toMatch(/^docs\/medicine-groups\.md, "([a-z-]+)(?: and ([a-z-]+))?": \S/);
			const section = /"([^"]+)"/.exec(group.source)?.[1] ?? '';
			expect(section.split(' and '), group.id).toContain(group.id);
			expect(docs, group.id).toContain(`### \`${section.split(' and ').join('` and `')}\``);
		}
	});

	test("a group's source stays in the settings: the calculators' rules never carry it", () => {
		expect(JSON.stringify(defaultMedicationRules)).not.toContain('"source"');
	});

	test('every medicine has a generic name in English and Turkish', () => {
		for (const medicine of defaultMedicationRules.medicines) {
			expect(Object.keys(medicine.generic).sort()).toEqual(['en', 'tr']);
		}
	});

	test.each([
		// Brand names from the brief, UK/US and Turkish, mapped to their medicine and group.
		['Brufen', 'ibuprofen', 'nsaid'],
		['Nurofen', 'ibuprofen', 'nsaid'],
		['Advil', 'ibuprofen', 'nsaid'],
		['Dolven', 'ibuprofen', 'nsaid'],
		['Pedifen', 'ibuprofen', 'nsaid'],
		['Naprosyn', 'naproxen', 'nsaid'],
		['Aleve', 'naproxen', 'nsaid'],
		['Apranax', 'naproxen', 'nsaid'],
		['Voltaren', 'diclofenac', 'nsaid'],
		['Voltarol', 'diclofenac', 'nsaid'],
		['Dikloron', 'diclofenac', 'nsaid'],
		['Diclomec', 'diclofenac', 'nsaid'],
		['Arveles', 'dexketoprofen', 'nsaid'],
		['Majezik', 'flurbiprofen', 'nsaid'],
		['Celebrex', 'celecoxib', 'nsaid'],
		['Coraspin', 'aspirin-heart', 'heart-aspirin'],
		['Coraspin 100', 'aspirin-heart', 'heart-aspirin'],
		['Ecopirin 150', 'aspirin-heart', 'heart-aspirin'],
		['Aspirin 500', 'aspirin-for-pain', 'nsaid'],
		['Arcoxia', 'etoricoxib', 'nsaid'],
		['Oksamen', 'tenoxicam', 'nsaid'],
		['Xefo', 'lornoxicam', 'nsaid'],
		['Nimes', 'nimesulide', 'nsaid'],
		['Novalgin', 'metamizole', 'metamizole'],
		['Arixtra', 'fondaparinux', 'anticoagulant'],
		['Fragmin', 'dalteparin', 'anticoagulant'],
		['Coumadin', 'warfarin', 'anticoagulant'],
		['Eliquis', 'apixaban', 'anticoagulant'],
		['Xarelto', 'rivaroxaban', 'anticoagulant'],
		['Lixiana', 'edoxaban', 'anticoagulant'],
		['Pradaxa', 'dabigatran', 'anticoagulant'],
		['Clexane', 'enoxaparin', 'anticoagulant'],
		['Plavix', 'clopidogrel', 'antiplatelet'],
		['Efient', 'prasugrel', 'antiplatelet'],
		['Brilinta', 'ticagrelor', 'antiplatelet'],
		['Panadol', 'paracetamol', 'paracetamol'],
		['Tylenol', 'paracetamol', 'paracetamol'],
		['Calpol', 'paracetamol', 'paracetamol'],
		['Parol', 'paracetamol', 'paracetamol'],
		['Minoset', 'paracetamol', 'paracetamol'],
		['Tylol', 'paracetamol', 'paracetamol'],
	])('%s is %s in the group %s', (brand, medicineId, groupId) => {
		const owners = defaultMedicationRules.medicines.filter((medicine) =>
			Object.values(medicine.brands).some((names) => names.includes(brand)),
		);
		expect(owners.map((medicine) => [medicine.id, medicine.group])).toEqual([[medicineId, groupId]]);
	});

	test('aspirin is sorted by purpose, not dose: bought for pain is an anti-inflammatory; prescribed for the heart is kept', () => {
		const medicine = (id: string) => defaultMedicationRules.medicines.find((candidate) => candidate.id === id);
		expect(medicine('aspirin-for-pain')?.group).toBe('nsaid');
		expect(medicine('aspirin-heart')?.group).toBe('heart-aspirin');
		// Each says what it is for, so the choice between them is by purpose.
		expect(medicine('aspirin-for-pain')?.generic['en']).toBe('aspirin you buy for pain, fever or a cold');
		expect(medicine('aspirin-heart')?.generic['en']).toBe('aspirin your doctor prescribed for your heart, a stroke or a stent');
	});

	test('every medicine maps to the group that docs/medicine-groups.md gives it, with a source named', () => {
		// The doc's table rows: | `id` | generic | `group` | source |
		const doc = readFileSync(new URL('../../../../docs/medicine-groups.md', import.meta.url), 'utf8');
		const rows = new Map(
			[...doc.matchAll(/^\| `([a-z0-9-]+)` \| [^|]+ \| `([a-z0-9-]+)` \| ([^|]+) \|$/gm)].map((match) => [match[1], { group: match[2], source: (match[3] ?? '').trim() }]),
		);
		for (const medicine of defaultMedicationRules.medicines) {
			expect(rows.get(medicine.id), medicine.id).toEqual({ group: medicine.group, source: expect.stringMatching(/\w{3}/) });
		}
		expect([...rows.keys()].sort()).toEqual(defaultMedicationRules.medicines.map((medicine) => medicine.id).sort());
	});

	test('is plain JSON data, so it can be handed to a browser island as it is', () => {
		expect(JSON.parse(JSON.stringify(defaultMedicationRules))).toEqual(defaultMedicationRules);
	});

	test('parsing does not change the exported defaults', () => {
		const before = JSON.stringify([DEFAULT_GROUPS, DEFAULT_MEDICINES]);
		medicationRulesSchema.parse({ holdDaysBefore: 5 });
		expect(JSON.stringify([DEFAULT_GROUPS, DEFAULT_MEDICINES])).toBe(before);
	});
});

