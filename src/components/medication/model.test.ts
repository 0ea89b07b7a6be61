import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/strings/en.ts';
import { isoDate } from '../../lib/rules/dates/iso-date.ts';
import { planHold } from '../../lib/rules/medication/plan-hold.ts';
import { defaultMedicationRules } from '../../lib/rules/medication/schema.ts';
import { decodeHoldFragment } from '../../lib/rules/share/fragment.ts';
import { translator } from '../calculators/translator.ts';
import type { LoadedPicker } from './lazy-picker.tsx';
import { DATE_ID, FIND_ID, medicationModel, type MedicationInputs } from './model.ts';
import * as chunk from './picker-chunk.ts';
import { pickerStrings } from './picker-strings.ts';
import { medicationStrings } from './strings.ts';

/*
 * The medication calculator's model without a browser (issue 25): a name typed but not added,
 * the errors of an ask, an answer only for the date asked for, and a link that never carries
 * the prescriber's agreement.
 */
const words = medicationStrings(en);
const picker: LoadedPicker = { ...chunk, rules: defaultMedicationRules, strings: { ...pickerStrings(en), ...words } };
const model = (loaded = true) =>
	medicationModel({
		lang: 'en',
		tag: 'en-GB',
		phone: '999',
		words,
		t: translator(words, 'en-GB'),
		picker: loaded ? picker : undefined,
		view: loaded ? { planHold, decodeHoldFragment } : undefined,
		load: () => Promise.resolve(),
		waitFor: () => undefined,
		labelOf: (pick) => chunk.pickLabel(defaultMedicationRules, pick, 'en'),
	});
const today = isoDate('2027-03-01');
const form = (change: Partial<MedicationInputs> = {}): MedicationInputs => ({ ...model().empty, date: { day: '12', month: '3', year: '2027' }, ...change });

describe('asking', () => {
	test('"Show my dates" with a name typed adds its one exact match and empties the box', () => {
		const asked = model().beforeAsk?.(form({ query: 'Brufen' }));
		expect(asked?.query).toBe('');
		expect(asked?.picks).toEqual([{ selection: 'medicine', id: 'ibuprofen', name: 'Brufen' }]);
		// Not an exact name: left in the box, and the read says which button to press.
		const typed = form({ query: 'Aspirin' });
		expect(model().beforeAsk?.(typed)).toBe(typed);
		expect(model().read({ inputs: typed, today }).errors.map((error) => error.field)).toEqual([FIND_ID]);
	});

	test('an empty form says what is missing at each field, in the form’s order', () => {
		const { errors, reading } = model().read({ inputs: model().empty, today });
		expect(reading).toBeUndefined();
		expect(errors.map((error) => [error.field, error.message])).toEqual([
			[DATE_ID, 'Enter the treatment date'],
			[FIND_ID, en['medication.error.noMedicine']],
		]);
	});
});

describe('the answer', () => {
	const picks = [{ selection: 'group' as const, id: 'nsaid' }];
	const read = model().read({ inputs: form({ picks }), today });

	test('comes for the date asked for, and goes when the date in the boxes changes', () => {
		const shown = model().show(form({ picks }), read, today);
		expect(shown.answer?.items.map((item) => item.status)).toEqual(['stop']);
		expect(model().show(form({ picks, date: { day: '13', month: '3', year: '2027' } }), read, today).answer).toBeUndefined();
		expect(model().show(form({ picks: [] }), read, today).answer).toBeUndefined();
		expect(model(false).show(form({ picks }), read, today).answer).toBeUndefined();
	});

	test('its link never carries the prescriber’s agreement, and opening it asks to tick again', () => {
		const inputs = form({ picks: [{ selection: 'medicine', id: 'rivaroxaban' }], agreed: ['rivaroxaban'], prescriber: { rivaroxaban: { mode: 'days', date: { day: '', month: '', year: '' }, before: '3', after: '1' } } });
		const m = model();
		const shown = m.show(inputs, m.read({ inputs, today }), today);
		const fragment = m.fragment(shown, inputs) ?? '';
		expect(fragment).toBe('#t=2027-03-12&m=rivaroxaban&pd=rivaroxaban.3.1');
		const opened = m.fromLink(fragment, inputs);
		expect(opened?.inputs.agreed).toEqual([]);
		expect(opened?.inputs.prescriber['rivaroxaban']).toMatchObject({ mode: 'days', before: '3', after: '1' });
		expect(opened?.ask).toBe(true);
	});

	test('a link with a date alone fills it in and waits for the medicines', () => {
		const opened = model().fromLink('#t=2027-03-12', model().empty);
		expect(opened?.ask).toBe(false);
		expect(opened?.inputs.date).toEqual({ day: '12', month: '3', year: '2027' });
		expect(model(false).fromLink('#t=2027-03-12', model().empty)).toBeUndefined();
		// What the patient added while the picker came for the link stays.
		const added = form({ date: { day: '', month: '', year: '' }, picks: [{ selection: 'medicine', id: 'ibuprofen' }], query: 'Parol' });
		expect(model().fromLink('#t=2027-03-12', added)?.inputs).toEqual({ ...added, date: { day: '12', month: '3', year: '2027' } });
	});
});
