import type { Medicine } from './types.ts';

/*
 * The medicine list as one compact text for a page's HTML: one medicine a line,
 * `id|group|generic|otherNames|brands|contains`, each of the last four as `lang:name/name;lang:name`
 * (`contains`: a combination product's strictest ingredient, left empty for other medicines).
 * Half the gzipped size of the same list as island props (nested objects there carry a type tag
 * around every value), which keeps the calculator pages within their HTML budget. Characters
 * that separate fields are %-escaped inside names, so any name a clinic writes survives.
 */

const SPECIAL = /[%|;:/\n]/g;
const escape = (name: string) => name.replace(SPECIAL, (character) => `%${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
const unescape = (text: string) => text.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/**
 * Packs medicines into one text (see the note above); `unpackMedicines` reverses it exactly,
 * except that a language with an empty list of names is left out.
 *
 * @example
 * packMedicines([{ id: 'ibuprofen', group: 'nsaid', generic: { en: 'ibuprofen' }, otherNames: {}, brands: { en: ['Brufen', 'Nurofen'], tr: ['Dolven'] } }])
 * //=> 'ibuprofen|nsaid|en:ibuprofen||en:Brufen/Nurofen;tr:Dolven'
 */
export function packMedicines(medicines: readonly Medicine[]): string {
	const field = (entries: [string, string | readonly string[]][]) =>
		entries
			.filter(([, value]) => value.length > 0 || typeof value === 'string')
			.map(([lang, value]) => `${lang}:${(typeof value === 'string' ? [value] : value).map(escape).join('/')}`).join(';');
	return medicines
		.map((medicine) =>
			[
				medicine.id,
				medicine.group,
				field(Object.entries(medicine.generic)),
				field(Object.entries(medicine.otherNames)),
				field(Object.entries(medicine.brands)),
				...(medicine.contains ? [field(Object.entries(medicine.contains))] : []),
			].join('|'),
		)
		.join('\n');
}

/**
 * Reads the text `packMedicines` wrote back into medicines.
 *
 * @example
 * unpackMedicines('ibuprofen|nsaid|en:ibuprofen||en:Brufen/Nurofen;tr:Dolven')
 * //=> [{ id: 'ibuprofen', group: 'nsaid', generic: { en: 'ibuprofen' }, otherNames: {}, brands: { en: ['Brufen', 'Nurofen'], tr: ['Dolven'] } }]
 */
export function unpackMedicines(text: string): Medicine[] {
	const lists = (field = '') =>
		Object.fromEntries(
			field === ''
				? []
				: field.split(';').map((entry) => {
						const [lang = '', names = ''] = entry.split(':');
						return [lang, names.split('/').map(unescape)];
					}),
		);
	return text === ''
		? []
		: text.split('\n').map((line) => {
				const [id = '', group = '', generic, otherNames, brands, contains] = line.split('|');
				const text = (field: string | undefined) => Object.fromEntries(Object.entries(lists(field)).map(([lang, [name = '']]) => [lang, name]));
				return {
					id,
					group,
					generic: text(generic),
					otherNames: lists(otherNames),
					brands: lists(brands),
					...(contains ? { contains: text(contains) } : {}),
				};
			});
}
