import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber } from '../dates/day-number.ts';
import { isIsoDate, isoDate } from '../dates/iso-date.ts';
import { defaultMedicationRules } from '../medication/schema.ts';
import { decodeHoldFragment, encodeHoldFragment, type HoldShareInputs } from './fragment.ts';

const rules = defaultMedicationRules;
const medicineIds = rules.medicines.map((medicine) => medicine.id);
const groupIds = rules.groups.map((group) => group.id);

describe('encodeHoldFragment', () => {
	test('the compact form from the issue', () => {
		expect(
			encodeHoldFragment({ treatmentDate: isoDate('2027-03-12'), medicineIds: ['ibuprofen', 'rivaroxaban'], groupIds: [], prescriberAgreed: ['rivaroxaban'] }),
		).toBe('#t=2027-03-12&m=ibuprofen,rivaroxaban&ok=rivaroxaban');
	});

	test('groups go in g; empty parts are left out', () => {
		expect(encodeHoldFragment({ treatmentDate: null, medicineIds: [], groupIds: ['anticoagulant'], prescriberAgreed: [] })).toBe('#g=anticoagulant');
		expect(encodeHoldFragment({ treatmentDate: null, medicineIds: [], groupIds: [], prescriberAgreed: [] })).toBe('');
	});

	test('values that are not ids or dates never reach the link', () => {
		expect(
			encodeHoldFragment({ treatmentDate: '2027-02-30' as never, medicineIds: ['a&b=c', 'ibuprofen', 'ibuprofen'], groupIds: ['#x'], prescriberAgreed: ['Ok'] }),
		).toBe('#m=ibuprofen');
	});
});

describe('decodeHoldFragment', () => {
	test('reads the issue’s example back', () => {
		expect(decodeHoldFragment('#t=2027-03-12&m=ibuprofen,rivaroxaban&ok=rivaroxaban', rules)).toEqual({
			treatmentDate: '2027-03-12',
			medicineIds: ['ibuprofen', 'rivaroxaban'],
			groupIds: [],
			prescriberAgreed: ['rivaroxaban'],
		});
	});

	test.each<[string, Partial<HoldShareInputs>]>([
		// Not a real date.
		['#t=2027-02-30', { treatmentDate: null }],
		['#t=12/03/2027', { treatmentDate: null }],
		// Unknown and repeated ids are dropped.
		['#m=ibuprofen,no-such,ibuprofen,IBUPROFEN', { medicineIds: ['ibuprofen'] }],
		// A group id is not a medicine id, and the other way round.
		['#m=nsaid&g=ibuprofen,nsaid', { medicineIds: [], groupIds: ['nsaid'] }],
		// An agreement counts only for something picked.
		['#m=apixaban&ok=apixaban,warfarin', { prescriberAgreed: ['apixaban'] }],
		['#g=antiplatelet&ok=antiplatelet', { groupIds: ['antiplatelet'], prescriberAgreed: ['antiplatelet'] }],
		// Hostile text.
		['#t=<script>alert(1)</script>&m=%3Cimg%20src%3Dx%3E', { treatmentDate: null, medicineIds: [] }],
		['#m=%E0%A4%A', { medicineIds: [] }],
		['#__proto__=1&constructor=2', { treatmentDate: null, medicineIds: [] }],
	])('%j', (fragment, expected) => {
		expect(decodeHoldFragment(fragment, rules)).toMatchObject(expected);
	});

	test('nothing, or an empty fragment, gives empty inputs', () => {
		const empty = { treatmentDate: null, medicineIds: [], groupIds: [], prescriberAgreed: [] };
		expect(decodeHoldFragment('', rules)).toEqual(empty);
		expect(decodeHoldFragment(null, rules)).toEqual(empty);
	});

	test('any string: never throws, and gives only known values', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.array(fc.constantFrom('t=', 'm=', 'g=', 'ok=', '&', ',', '2027-03-12', ...medicineIds, ...groupIds, '%2C', '%', 'x')).map((parts) => parts.join('')),
				),
				(fragment) => {
					const result = decodeHoldFragment(fragment, rules);
					expect(result.treatmentDate === null || isIsoDate(result.treatmentDate)).toBe(true);
					for (const id of result.medicineIds) expect(medicineIds).toContain(id);
					for (const id of result.groupIds) expect(groupIds).toContain(id);
					for (const id of result.prescriberAgreed) expect([...result.medicineIds, ...result.groupIds]).toContain(id);
					// Reading, writing and reading again changes nothing.
					expect(decodeHoldFragment(encodeHoldFragment(result), rules)).toEqual(result);
				},
			),
		);
	});

	test('round trip: any valid inputs come back unchanged', () => {
		fc.assert(
			fc.property(
				fc.option(fc.integer({ min: -25567, max: 84000 }).map(fromDayNumber), { nil: null }),
				fc.uniqueArray(fc.constantFrom(...medicineIds)),
				fc.uniqueArray(fc.constantFrom(...groupIds)),
				fc.func(fc.boolean()),
				(treatmentDate, pickedMedicines, pickedGroups, agrees) => {
					const inputs: HoldShareInputs = {
						treatmentDate,
						medicineIds: pickedMedicines,
						groupIds: pickedGroups,
						// An agreement is kept per id, so a medicine and a group sharing an id (paracetamol) share it.
						prescriberAgreed: [...new Set([...pickedMedicines, ...pickedGroups])].filter((id) => agrees(id)),
					};
					const fragment = encodeHoldFragment(inputs);
					expect(fragment).toMatch(/^(#[a-z0-9=&,-]*)?$/);
					expect(decodeHoldFragment(fragment, rules)).toEqual(inputs);
				},
			),
		);
	});
});
