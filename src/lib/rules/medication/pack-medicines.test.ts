import fc from 'fast-check';
import { expect, test } from 'vitest';
import { packMedicines, unpackMedicines } from './pack-medicines.ts';
import { defaultMedicationRules } from './schema.ts';
import type { Medicine } from './types.ts';

test('the default medicines come back exactly', () => {
	expect(unpackMedicines(packMedicines(defaultMedicationRules.medicines))).toEqual(defaultMedicationRules.medicines);
});

test('names with the separators in them, Turkish letters and commas survive', () => {
	const medicines: Medicine[] = [
		{ id: 'a', group: 'g', generic: { en: 'x|y;z:w/v%20', tr: 'ağrı, ateş' }, otherNames: { en: ['line\nbreak'] }, brands: {} },
		{ id: 'b', group: 'g', generic: { en: 'b' }, otherNames: {}, brands: { tr: ['Ç'] } },
	];
	expect(unpackMedicines(packMedicines(medicines))).toEqual(medicines);
	expect(unpackMedicines('')).toEqual([]);
});

test('any medicines: unpack(pack(x)) is x', () => {
	const text = fc.string({ minLength: 1 });
	const lang = fc.constantFrom('en', 'tr', 'de');
	const medicine = fc.record({
		id: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		group: fc.stringMatching(/^[a-z0-9]+$/),
		generic: fc.dictionary(lang, text, { minKeys: 1 }),
		otherNames: fc.dictionary(lang, fc.array(text, { minLength: 1 })),
		brands: fc.dictionary(lang, fc.array(text, { minLength: 1 })),
	});
	fc.assert(
		fc.property(fc.array(medicine), (medicines) => {
			expect(unpackMedicines(packMedicines(medicines))).toEqual(medicines);
		}),
	);
});
