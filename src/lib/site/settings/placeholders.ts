import type { Settings } from './schema.ts';

/**
 * The example clinic's details that a real clinic must replace before it publishes: the example
 * reviewer, `.example` (and example.com/.org/.net) addresses, the example clinic's name and
 * address (and the Istanbul example's), and phone numbers that never reach a real person: the
 * UK's range kept for drama (020 7946 0000 to 0999) and a Turkish number of all zeros. Pure: the build step decides whether to warn or refuse.
 */

/** One example detail left in the settings. */
export interface Placeholder {
	/** The setting as written in clinic.yaml, like `clinic.reviewer.name`. */
	setting: string;
	/** The value found there. */
	value: string;
	/** Why it is an example, in a few words. */
	why: string;
}

/** The example clinic's name in the clinic.yaml that ships with the site. */
export const EXAMPLE_CLINIC_NAME = 'Riverside Joint and Spine Clinic';
/** The example clinic in Türkiye (clinics/istanbul.yaml). */
const EXAMPLE_CLINIC_NAME_TR = 'Boğaziçi Eklem ve Omurga Kliniği';

const exampleDomain = /(?:^|[.@/])(?:[a-z0-9-]+\.)*(?:example|example\.(?:com|org|net))(?:[:/]|$)/i;
const exampleWord = /\bexample/i;
/** UK numbers Ofcom keeps for drama: 020 7946 0000 to 020 7946 0999. */
const dramaPhone = /^(?:\+44|0)2079460\d{3}$/;
/** A Turkish number whose subscriber part is all zeros, like the Istanbul example's +90 212 000 00 00: no one has it. */
const zeroPhoneTr = /^(?:\+90|0)\d{3}0{7}$/;

/**
 * Lists every example detail in the settings, in the order of clinic.yaml.
 *
 * @example
 * findPlaceholders({ clinic: { name: 'Ankara Klinik', address: ['Ankara'], phone: '+90 312 000 00 00', email: 'a@ankara-klinik.com.tr', reviewer: { name: 'Dr Ayşe Example', role: 'Uzman' } }, site: { url: 'https://ankara-klinik.com.tr' } }).map((p) => p.setting)
 * //=> ['clinic.reviewer.name']
 */
export function findPlaceholders(settings: {
	clinic: Pick<Settings['clinic'], 'name' | 'address' | 'phone' | 'email' | 'reviewer'>;
	site: Pick<Settings['site'], 'url'>;
}): Placeholder[] {
	const { clinic, site } = settings;
	const found: Placeholder[] = [];
	if (clinic.name === EXAMPLE_CLINIC_NAME || clinic.name === EXAMPLE_CLINIC_NAME_TR) found.push({ setting: 'clinic.name', value: clinic.name, why: 'the example clinic’s name' });
	clinic.address.forEach((line, i) => {
		if (exampleWord.test(line)) found.push({ setting: `clinic.address[${i}]`, value: line, why: 'an example address' });
	});
	const digits = clinic.phone.replace(/[^\d+]/g, '');
	if (dramaPhone.test(digits) || zeroPhoneTr.test(digits)) found.push({ setting: 'clinic.phone', value: clinic.phone.replaceAll('\u00a0', ' '), why: 'an example number that reaches no one' });
	if (clinic.email && exampleDomain.test(clinic.email)) found.push({ setting: 'clinic.email', value: clinic.email, why: 'an example address that reaches no one' });
	if (exampleWord.test(clinic.reviewer.name)) found.push({ setting: 'clinic.reviewer.name', value: clinic.reviewer.name, why: 'the example reviewer' });
	if (exampleDomain.test(new URL(site.url).hostname + '/')) found.push({ setting: 'site.url', value: site.url, why: 'an example address' });
	return found;
}

/**
 * The build's message about example details, naming the file and each setting; empty when none.
 *
 * @example
 * placeholderMessage('clinic.yaml', [{ setting: 'clinic.phone', value: '+44 20 7946 0000', why: 'an example number that reaches no one' }], false).split('\n')[1]
 * //=> '  - clinic.phone is "+44 20 7946 0000": an example number that reaches no one.'
 */
export function placeholderMessage(file: string, placeholders: readonly Placeholder[], strict: boolean): string {
	if (placeholders.length === 0) return '';
	const head = strict
		? `${file} still has the example clinic’s details, so this strict build stops. Replace them with your clinic’s own:`
		: `${file} still has the example clinic’s details. Replace them before you publish this site:`;
	const tail = strict ? '' : '\nA strict build (`npm run build -- --strict`, or STRICT_BUILD=1) refuses to build while any are left.';
	return `${head}\n${placeholders.map((p) => `  - ${p.setting} is "${p.value}": ${p.why}.`).join('\n')}${tail}`;
}
