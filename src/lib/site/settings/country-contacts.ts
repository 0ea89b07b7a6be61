import type { Placeholder } from './placeholders.ts';

/*
 * The emergency number and the out-of-hours text checked against the clinic's country
 * (`clinic.holidays.country`), so a clinic in Türkiye that copies the example clinic.yaml cannot
 * publish "call 999" or "call NHS 111" without a warning. Pure: the build step
 * (src/integrations/placeholder-check.ts) warns, and a strict build refuses.
 *
 * Only countries listed here are checked, so a correct local number never draws a false warning.
 * Where a country's own list is complete (`only`), any other number is flagged; in the EU, where
 * 112 works everywhere but countries also keep national numbers this file does not list, only
 * another country's number (999, 911, 000, 111) is flagged.
 */

interface CountryNumbers {
	/** Numbers that reach an ambulance there. */
	numbers: readonly string[];
	/** True when no other number is right there; false when national numbers may be missing. */
	only: boolean;
}

/** Numbers that belong to other countries, flagged anywhere they are not listed. */
const FOREIGN = ['999', '911', '000', '111'];

const eu = (...extra: string[]): CountryNumbers => ({ numbers: ['112', ...extra], only: false });

/** The emergency numbers that reach an ambulance, by ISO 3166 country code. */
export const EMERGENCY_NUMBERS: Readonly<Record<string, CountryNumbers>> = {
	GB: { numbers: ['999', '112'], only: true },
	IE: { numbers: ['112', '999'], only: true },
	TR: { numbers: ['112'], only: true },
	US: { numbers: ['911'], only: true },
	CA: { numbers: ['911'], only: true },
	AU: { numbers: ['000', '112'], only: true },
	NZ: { numbers: ['111'], only: true },
	...Object.fromEntries(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'RO', 'SE', 'SI', 'SK'].map((c) => [c, eu()])),
	PL: eu('999'),
};

/** Helplines that exist in one country only, named in an out-of-hours text. */
const HELPLINES: readonly { pattern: RegExp; name: string; countries: readonly string[] }[] = [
	{ pattern: /\bNHS\s*111\b|\bNHS\b/i, name: 'NHS 111, a helpline of the UK’s National Health Service', countries: ['GB'] },
	{ pattern: /(?<!\p{L})(?:İngiltere|England)(?!\p{L})/iu, name: 'England', countries: ['GB'] },
];

/** An emergency number written in a text: 999, 911, 112 or 000 standing on its own. */
const NUMBER_IN_TEXT = /(?<![\d+])(999|911|112|000)(?!\d)/g;

interface ContactSettings {
	emergencyNumber: string;
	holidays?: { country: string } | undefined;
	outOfHours: string | Readonly<Record<string, string>>;
}

/**
 * The emergency number or out-of-hours text that does not fit the clinic's country, each with
 * why; none when the country is not set or not one this check knows.
 *
 * @example
 * countryMismatches({ emergencyNumber: '999', holidays: { country: 'TR' }, outOfHours: { tr: 'En yakın acil servise gidin.' } }).map((p) => p.setting)
 * //=> ['clinic.emergencyNumber']
 * countryMismatches({ emergencyNumber: '999', holidays: { country: 'GB' }, outOfHours: 'call NHS 111' }) // => []
 */
export function countryMismatches(clinic: ContactSettings): Placeholder[] {
	const country = clinic.holidays?.country;
	const known = country ? EMERGENCY_NUMBERS[country] : undefined;
	if (!country || !known) return [];
	const { numbers } = known;
	const wrongHere = (n: string) => !numbers.includes(n) && (known.only || FOREIGN.includes(n));
	const found: Placeholder[] = [];
	const expected = numbers.join(' or ');
	const digits = clinic.emergencyNumber.replace(/\D/g, '');
	if (wrongHere(digits)) {
		found.push({
			setting: 'clinic.emergencyNumber',
			value: clinic.emergencyNumber,
			why: `clinic.holidays.country is ${country}, where the emergency number is ${expected}; set the number patients there call for an ambulance`,
		});
	}
	const texts = typeof clinic.outOfHours === 'string' ? [['', clinic.outOfHours] as const] : Object.entries(clinic.outOfHours).map(([lang, text]) => [`.${lang}`, text] as const);
	for (const [key, text] of texts) {
		const setting = `clinic.outOfHours${key}`;
		const helpline = HELPLINES.find((h) => h.pattern.test(text) && !h.countries.includes(country));
		if (helpline) {
			found.push({
				setting,
				value: text,
				why: `it names ${helpline.name}, but clinic.holidays.country is ${country}; say where patients there get urgent help when you are closed (in Türkiye, a hospital's emergency department: acil servis)`,
			});
			continue;
		}
		const wrong = [...text.matchAll(NUMBER_IN_TEXT)].map((m) => m[1] ?? '').find(wrongHere);
		if (wrong) {
			found.push({ setting, value: text, why: `it names ${wrong}, but clinic.holidays.country is ${country}, where the emergency number is ${expected}` });
		}
	}
	return found;
}

/**
 * The build's message about contacts that do not fit the country, naming the file and each
 * setting; empty when none.
 *
 * @example
 * countryMessage('clinic.yaml', [{ setting: 'clinic.emergencyNumber', value: '999', why: 'x' }], false).split('\n')[0]
 * //=> 'clinic.yaml has an emergency number or out-of-hours text that does not fit the clinic’s country. Patients would be told to call the wrong service:'
 */
export function countryMessage(file: string, mismatches: readonly Placeholder[], strict: boolean): string {
	if (mismatches.length === 0) return '';
	const head = `${file} has an emergency number or out-of-hours text that does not fit the clinic’s country. Patients would be told to call the wrong service:`;
	const tail = strict ? '' : '\nA strict build (`npm run build -- --strict`, or STRICT_BUILD=1) refuses to build until they are fixed.';
	return `${head}\n${mismatches.map((p) => `  - ${p.setting} is "${p.value}": ${p.why}.`).join('\n')}${tail}`;
}
