import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findMedicines } from './find-medicines.ts';
import { foldForSearch } from '../fold.ts';
import { defaultMedicationRules } from './schema.ts';
import type { Medicine } from './types.ts';

const { medicines } = defaultMedicationRules;

function first(query: string, language?: string) {
	return findMedicines(query, medicines, { language })[0];
}

describe('findMedicines with the default medicines', () => {
	test.each([
		// The names from the issue: any case, whole or part of a brand name.
		['Brufen', 'ibuprofen', 'Brufen', 'brand'],
		['brufen', 'ibuprofen', 'Brufen', 'brand'],
		['XARELTO', 'rivaroxaban', 'Xarelto', 'brand'],
		['xar', 'rivaroxaban', 'Xarelto', 'brand'],
		['parol', 'paracetamol', 'Parol', 'brand'],
		['ARVELES', 'dexketoprofen', 'Arveles', 'brand'],
		['majezik', 'flurbiprofen', 'Majezik', 'brand'],
		// Generic names, in English and Turkish.
		['ibuprofen', 'ibuprofen', 'ibuprofen', 'generic'],
		['naproksen', 'naproxen', 'naproksen', 'generic'],
		['acetaminophen', 'paracetamol', 'acetaminophen', 'otherName'],
		// Turkish dotted and dotless i, typed any way.
		['İBUPROFEN', 'ibuprofen', 'ibuprofen', 'generic'],
		['ıbuprofen', 'ibuprofen', 'ibuprofen', 'generic'],
		['PARASETAMOL', 'paracetamol', 'parasetamol', 'generic'],
		['Mınoset', 'paracetamol', 'Minoset', 'brand'],
		['MİNOSET', 'paracetamol', 'Minoset', 'brand'],
		// Turkish letters typed without their marks, and the other way round.
		['diklofenak', 'diclofenac', 'diklofenak', 'generic'],
		['Coraşpin', 'aspirin-heart', 'Coraspin', 'brand'],
		// Part of a name in the middle.
		['relto', 'rivaroxaban', 'Xarelto', 'brand'],
	])('%j → %s (%s)', (query, medicineId, name, nameKind) => {
		expect(first(query)).toMatchObject({ medicineId, name, nameKind });
	});

	test('returns the group with each medicine', () => {
		expect(first('Xarelto')).toMatchObject({ medicineId: 'rivaroxaban', groupId: 'anticoagulant', quality: 'exact' });
		expect(first('Parol')).toMatchObject({ groupId: 'paracetamol' });
	});

	test('ranks names that start with the query before names that contain it', () => {
		// "pra" starts Pradaxa and prasugrel, and is inside Apranax (naproxen).
		const results = findMedicines('pra', medicines);
		const ids = results.map((match) => match.medicineId);
		expect(ids.indexOf('dabigatran')).toBeLessThan(ids.indexOf('naproxen'));
		expect(ids.indexOf('prasugrel')).toBeLessThan(ids.indexOf('naproxen'));
		expect(results.find((match) => match.medicineId === 'naproxen')).toMatchObject({ name: 'Apranax', quality: 'contains' });
	});

	test('both kinds of aspirin come up for "aspirin", so the patient can choose', () => {
		const ids = findMedicines('aspirin', medicines).map((match) => match.medicineId);
		expect(ids).toContain('aspirin-for-pain');
		expect(ids).toContain('aspirin-heart');
	});

	test.each([
		// Names as printed on boxes (issue 10), with or without "mg".
		['aspirin 100', ['aspirin-heart']],
		['Aspirin 100 mg', ['aspirin-heart']],
		['Aspirin Cardio', ['aspirin-heart']],
		['Coraspin 100', ['aspirin-heart']],
		['CORASPIN 300 MG', ['aspirin-heart']],
		['Ecopirin 150', ['aspirin-heart']],
		// A strength no entry lists still finds the medicine by its name.
		['Ecopirin 100', ['aspirin-heart']],
		['Aspirin 500', ['aspirin-for-pain']],
		['aspirin 500mg', ['aspirin-for-pain']],
		// 300 mg is sold for pain and prescribed for the heart: both, so the patient chooses.
		['aspirin 300', ['aspirin-for-pain', 'aspirin-heart']],
	])('%j finds %j', (query, ids) => {
		expect(findMedicines(query, medicines).map((match) => match.medicineId).sort()).toEqual(ids);
	});

	test.each([
		// Every medicine the issue adds is found by its generic name, in English and Turkish, and by a confirmed brand.
		['etoricoxib', 'etoricoxib'], ['etorikoksib', 'etoricoxib'], ['Arcoxia', 'etoricoxib'],
		['ketoprofen', 'ketoprofen'], ['indometacin', 'indometacin'], ['indomethacin', 'indometacin'], ['indometazin', 'indometacin'],
		['piroxicam', 'piroxicam'], ['piroksikam', 'piroxicam'], ['tenoxicam', 'tenoxicam'], ['tenoksikam', 'tenoxicam'], ['Oksamen', 'tenoxicam'],
		['lornoxicam', 'lornoxicam'], ['lornoksikam', 'lornoxicam'], ['Xefo', 'lornoxicam'], ['nimesulide', 'nimesulide'], ['nimesulid', 'nimesulide'], ['Nimes', 'nimesulide'],
		['aceclofenac', 'aceclofenac'], ['aseklofenak', 'aceclofenac'], ['nabumetone', 'nabumetone'], ['nabumeton', 'nabumetone'],
		['mefenamic acid', 'mefenamic-acid'], ['mefenamik asit', 'mefenamic-acid'],
		['nadroparin', 'nadroparin'], ['fondaparinux', 'fondaparinux'], ['fondaparinuks', 'fondaparinux'], ['Arixtra', 'fondaparinux'],
		['acenocoumarol', 'acenocoumarol'], ['asenokumarol', 'acenocoumarol'], ['dalteparin', 'dalteparin'], ['Fragmin', 'dalteparin'],
		['cilostazol', 'cilostazol'], ['silostazol', 'cilostazol'], ['dipyridamole', 'dipyridamole'], ['dipiridamol', 'dipyridamole'],
		['clopidogrel with aspirin', 'clopidogrel-aspirin'], ['klopidogrel ve aspirin', 'clopidogrel-aspirin'],
		['fish oil', 'fish-oil'], ['omega-3', 'fish-oil'], ['balık yağı', 'fish-oil'], ['ginkgo', 'ginkgo'], ['vitamin E', 'vitamin-e'], ['E vitamini', 'vitamin-e'],
		['garlic', 'garlic'], ['sarımsak', 'garlic'], ['turmeric', 'turmeric'], ['zerdeçal', 'turmeric'], ['curcumin', 'turmeric'],
		['metamizole', 'metamizole'], ['metamizol', 'metamizole'], ['dipyrone', 'metamizole'], ['dipiron', 'metamizole'], ['Novalgin', 'metamizole'],
	])('%j → %s', (query, medicineId) => {
		expect(first(query)?.medicineId).toBe(medicineId);
	});

	test("the page's language wins a tie", () => {
		expect(first('Brufen', 'tr')).toMatchObject({ name: 'Brufen', language: 'tr' });
		expect(first('Brufen', 'en')).toMatchObject({ name: 'Brufen', language: 'en' });
	});

	test('each medicine appears once, and the limit holds', () => {
		const results = findMedicines('a', medicines, { limit: 5 });
		expect(results).toHaveLength(5);
		expect(new Set(results.map((match) => match.medicineId)).size).toBe(5);
	});

	// Group names ("blood thinners") are not medicine names: the page offers groups separately.
	test.each(['', '   ', '---', 'zzzz', 'kan sulandırıcı'])('%j finds nothing', (query) => {
		expect(findMedicines(query, medicines)).toEqual([]);
	});

	test('ignores spaces and hyphens inside names', () => {
		const list: Medicine[] = [{ id: 'x', group: 'g', generic: { en: 'x' }, otherNames: {}, brands: { en: ['Coraspin 100'] } }];
		expect(findMedicines('coraspin100', list)).toMatchObject([{ medicineId: 'x', quality: 'contains' }]);
		expect(findMedicines('100', list)).toMatchObject([{ medicineId: 'x', quality: 'wordStartsWith' }]);
	});

	test('never throws for any text, and every result really contains the query (less any "mg", or any strength), or for a stem its first word', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z]{2,8} \d{1,3}( ?mg)?$/)), (query) => {
				const results = findMedicines(query, medicines, { limit: 50 });
				expect(new Set(results.map((match) => match.medicineId)).size).toBe(results.length);
				const folded = foldForSearch(query).replace(/(\d) ?mg\b/g, '$1');
				const needles = [folded.replaceAll(' ', ''), folded.replace(/(?:^| )\d+\b/g, '').replaceAll(' ', '')];
				// A stem match starts with the query's first word (its strength left out).
				const firstWord = (folded.replace(/(?:^| )\d+\b/g, '').trim() || folded).split(' ')[0] ?? '';
				for (const match of results) {
					const name = foldForSearch(match.name);
					if (match.quality === 'stem') expect(name.startsWith(firstWord)).toBe(true);
					else expect(needles.some((needle) => name.replaceAll(' ', '').includes(needle))).toBe(true);
				}
			}),
		);
	});

	test('does not change the medicines it searches', () => {
		const before = JSON.stringify(medicines);
		findMedicines('bru', medicines);
		expect(JSON.stringify(medicines)).toBe(before);
	});
});

