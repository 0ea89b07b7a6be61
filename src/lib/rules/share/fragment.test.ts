import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber } from '../dates/calendar.ts';
import { isIsoDate, isoDate } from '../dates/iso-date.ts';
import { defaultMedicationRules } from '../medication/schema.ts';
import { encodeHoldFragment } from './encode-fragment.ts';
import { decodeHoldFragment, nameSlug, type HoldShareInputs } from './fragment.ts';

const rules = defaultMedicationRules;
const medicineIds = rules.medicines.map((medicine) => medicine.id);
const groupIds = rules.groups.map((group) => group.id);

describe('encodeHoldFragment', () => {
	test('the compact form: never the agreement, but the prescriber’s days and the brand picked', () => {
		expect(
			encodeHoldFragment({
				treatmentDate: isoDate('2027-03-12'),
				medicineIds: ['ibuprofen', 'rivaroxaban'],
				groupIds: [],
				prescriberAgreed: ['rivaroxaban'],
				names: { ibuprofen: 'Brufen', rivaroxaban: 'Xarelto' },
				prescriberDays: { rivaroxaban: { daysBefore: 5, restartDaysAfter: null } },
			}),
		).toBe('#t=2027-03-12&m=ibuprofen.brufen,rivaroxaban.xarelto&pd=rivaroxaban.5');
	});

	test('a name that is the id, or cannot travel, is left out', () => {
		expect(encodeHoldFragment({ treatmentDate: null, medicineIds: ['ibuprofen', 'naproxen'], groupIds: [], prescriberAgreed: [], names: { ibuprofen: 'Ibuprofen', naproxen: 'напроксен' } })).toBe(
			'#m=ibuprofen,naproxen',
		);
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
	test('a link with a confirmation in it arrives unconfirmed; the prescriber’s days and the brand survive', () => {
		expect(decodeHoldFragment('#t=2027-03-12&m=ibuprofen.brufen,rivaroxaban&ok=rivaroxaban&pd=rivaroxaban.5.2', rules)).toEqual({
			treatmentDate: '2027-03-12',
			medicineIds: ['ibuprofen', 'rivaroxaban'],
			groupIds: [],
			prescriberAgreed: [],
			names: { ibuprofen: 'Brufen' },
			prescriberDays: { rivaroxaban: { daysBefore: 5, restartDaysAfter: 2 } },
		});
	});

	test('Turkish brands travel folded and come back as written', () => {
		expect(decodeHoldFragment('#m=lornoxicam.xefo-rapid,aspirin-heart.coraspin-100', rules).names).toEqual({ lornoxicam: 'Xefo Rapid', 'aspirin-heart': 'Coraspin 100' });
	});

	test.each<[string, Partial<HoldShareInputs>]>([
		// Not a real date.
		['#t=2027-02-30', { treatmentDate: null }],
		['#t=12/03/2027', { treatmentDate: null }],
		// Repeated ids are dropped; unknown ones are given back to be said at the search box (issue 28).
		['#m=ibuprofen,no-such,ibuprofen,IBUPROFEN', { medicineIds: ['ibuprofen'], unread: ['no-such', 'IBUPROFEN'] }],
		// A group id is not a medicine id, and the other way round.
		['#m=nsaid&g=ibuprofen,nsaid', { medicineIds: [], groupIds: ['nsaid'] }],
		// An agreement never travels.
		['#m=apixaban&ok=apixaban,warfarin', { medicineIds: ['apixaban'], prescriberAgreed: [] }],
		['#g=antiplatelet&ok=antiplatelet', { groupIds: ['antiplatelet'], prescriberAgreed: [] }],
		// Days count only for something picked, and only as whole numbers.
		['#m=apixaban&pd=warfarin.5,apixaban.x,apixaban.3', { prescriberDays: { apixaban: { daysBefore: 3, restartDaysAfter: null } } }],
		['#g=antiplatelet&pd=antiplatelet.7.1', { prescriberDays: { antiplatelet: { daysBefore: 7, restartDaysAfter: 1 } } }],
		['#m=apixaban&pd=apixaban.-1,apixaban.1.2.3,apixaban.1e2', { prescriberDays: {} }],
		// A name that is not one of the medicine's names is dropped.
		['#m=ibuprofen.xarelto', { medicineIds: ['ibuprofen'], names: {} }],
		// Hostile text.
		['#t=<script>alert(1)</script>&m=%3Cimg%20src%3Dx%3E', { treatmentDate: null, medicineIds: [] }],
		['#m=%E0%A4%A', { medicineIds: [] }],
		['#__proto__=1&constructor=2', { treatmentDate: null, medicineIds: [] }],
	])('%j', (fragment, expected) => {
		expect(decodeHoldFragment(fragment, rules)).toMatchObject(expected);
	});

	test('nothing, or an empty fragment, gives empty inputs', () => {
		const empty = { treatmentDate: null, medicineIds: [], groupIds: [], prescriberAgreed: [], names: {}, prescriberDays: {} };
		expect(decodeHoldFragment('', rules)).toEqual(empty);
		expect(decodeHoldFragment(null, rules)).toEqual(empty);
	});

	test('any string: never throws, and gives only known values', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.array(fc.constantFrom('t=', 'm=', 'g=', 'ok=', 'pd=', '&', ',', '.', '5', '2027-03-12', ...medicineIds, ...groupIds, '%2C', '%', 'x')).map((parts) => parts.join('')),
				),
				(fragment) => {
					const result = decodeHoldFragment(fragment, rules);
					expect(result.treatmentDate === null || isIsoDate(result.treatmentDate)).toBe(true);
					for (const id of result.medicineIds) expect(medicineIds).toContain(id);
					for (const id of result.groupIds) expect(groupIds).toContain(id);
					expect(result.prescriberAgreed).toEqual([]);
					for (const id of Object.keys(result.prescriberDays ?? {})) expect([...result.medicineIds, ...result.groupIds]).toContain(id);
					// What the rules do not know is given back to be said, at most 30 characters each, and never written again.
					const { unread = [], ...known } = result;
					for (const item of unread) expect(item.length).toBeLessThanOrEqual(31);
					// Reading, writing and reading again changes nothing else.
					expect(decodeHoldFragment(encodeHoldFragment(result), rules)).toEqual(known);
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
				fc.func(fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: 1, max: 365 }), { nil: null })), { nil: undefined })),
				fc.func(fc.nat()),
				(treatmentDate, pickedMedicines, pickedGroups, daysOf, nameIndex) => {
					const names: Record<string, string> = {};
					for (const id of pickedMedicines) {
						const medicine = rules.medicines.find((candidate) => candidate.id === id);
						const all = medicine ? [...Object.values(medicine.brands).flat(), ...Object.values(medicine.generic)] : [];
						const name = all[nameIndex(id) % all.length];
						if (name !== undefined && nameSlug(name) !== '' && nameSlug(name) !== id) names[id] = name;
					}
					const prescriberDays: Record<string, { daysBefore: number; restartDaysAfter: number | null }> = {};
					for (const id of new Set([...pickedMedicines, ...pickedGroups])) {
						const days = daysOf(id);
						if (days !== undefined) prescriberDays[id] = { daysBefore: days[0], restartDaysAfter: days[1] };
					}
					const inputs: HoldShareInputs = { treatmentDate, medicineIds: pickedMedicines, groupIds: pickedGroups, prescriberAgreed: [], names, prescriberDays };
					const fragment = encodeHoldFragment(inputs);
					expect(fragment).toMatch(/^(#[a-z0-9=&,.-]*)?$/);
					const decoded = decodeHoldFragment(fragment, rules);
					// Names come back as one of the medicine's names with the same letters (Brufen is in en and tr).
					expect({ ...decoded, names: Object.fromEntries(Object.entries(decoded.names ?? {}).map(([id, name]) => [id, nameSlug(name)])) }).toEqual({
						...inputs,
						names: Object.fromEntries(Object.entries(names).map(([id, name]) => [id, nameSlug(name)])),
					});
				},
			),
		);
	});
});
