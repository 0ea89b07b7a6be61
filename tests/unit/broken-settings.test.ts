import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isoDate } from '../../src/lib/rules/dates/iso-date.ts';
import { loadSettings, SettingsError, type SettingsEnv } from '../../src/lib/site/settings/load.ts';

/*
 * Every broken settings file the security review found builds nothing and says, in one
 * sentence, the file (or environment variable), the field, the value and the fix. Each is read
 * through loadSettings, the same function astro.config.mjs calls before a build; one real build
 * is in tests/build/settings-build.test.ts.
 */
const example = readFileSync('clinic.yaml', 'utf8');

/** The example clinic.yaml with one text replaced; the replaced text must be there. */
function edited(from: string | RegExp, to: string): string {
	const changed = example.replace(from, to);
	if (changed === example) throw new Error(`the example clinic.yaml has no ${String(from)}`);
	return changed;
}

function problemsOf(yaml: string, env: SettingsEnv = {}): { problems: string[]; message: string } {
	const dir = mkdtempSync(join(tmpdir(), 'broken-settings-'));
	mkdirSync(join(dir, 'public'));
	copyFileSync('public/logo.svg', join(dir, 'public', 'logo.svg'));
	writeFileSync(join(dir, 'clinic.yaml'), yaml);
	try {
		loadSettings(env, dir);
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		return { problems: error.problems, message: `${error.message}\n${error.stack ?? ''}` };
	}
	return { problems: [], message: '' };
}

const alias = [
	'x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
	'y: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
	'z: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
].join('\n');

test.each<[string, string, SettingsEnv, string]>([
	['a logo that is not in public/', edited('logo: /logo.svg', 'logo: /nope.svg'), {}, 'clinic.yaml: clinic.logo is "/nope.svg"; it names no file in the public folder; put the logo at public/nope.svg, or remove the line to show the clinic’s name only.'],
	['an off-site logo', edited('logo: /logo.svg', 'logo: //evil.example/x.svg'), {}, 'clinic.yaml: clinic.logo is "//evil.example/x.svg"; it must be the path of a file inside the public folder, starting with one / and ending in .svg, .png or .webp, like "/logo.svg" (no web address: the site shows only its own files).'],
	['a base path that climbs out', example, { BASE_PATH: '/../' }, 'The BASE_PATH environment variable is "/../"; it must start and end with /, like "/" or "/patients/", with folder names of letters, digits, ".", "_" and "-" (not "." or "..").'],
	['a site address from the environment with a path', example, { SITE_URL: 'https://clinic.example/patients' }, 'The SITE_URL environment variable is "https://clinic.example/patients"; it must be the address only, like "https://clinic.example.org", without a folder, "?" or "#": put a folder in site.base (BASE_PATH), like "/patients/".'],
	['a site address with a query', edited('url: https://riverside-clinic.example', 'url: "https://riverside-clinic.example/?x=1"'), {}, 'clinic.yaml: site.url is "https://riverside-clinic.example/?x=1"; it must be the address only, like "https://clinic.example.org", without a folder, "?" or "#": put a folder in site.base (BASE_PATH), like "/patients/".'],
	['a 10,000-character name', edited('name: Riverside Joint and Spine Clinic', `name: ${'W'.repeat(10_000)}`), {}, 'clinic.yaml: clinic.name is "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW…" (10,000 characters); it must be 80 characters or fewer, so it fits a phone screen.'],
	['a price of a tenth of a penny', edited('amount: 180', 'amount: 0.001'), {}, 'clinic.yaml: treatment.pricePerSession.amount is 0.001; it must be an amount in the currency with at most two decimals, like 150 or 149.50.'],
	['a price of 1e308', edited('amount: 180', 'amount: 1e308'), {}, 'clinic.yaml: treatment.pricePerSession.amount is 1e+308; it must be 1000000 or less.'],
	['text in a language the site does not have', edited('name: { en: Review appointment, tr: Kontrol randevusu }', 'name: { en: Review appointment, fr: Rendez-vous de contrôle }'), {}, 'clinic.yaml: treatment.followUps[0].name.fr is "Rendez-vous de contrôle"; it is text in "fr", a language this site does not have; give the text in en or tr only, or remove the "fr" line.'],
	['a reviewer role in a language the site does not have', edited('en: Consultant in musculoskeletal medicine', 'fr: Consultant en médecine musculo-squelettique'), {}, 'clinic.yaml: clinic.reviewer.role.fr is text in "fr", a language this site does not have; give the text in en or tr only, or remove the "fr" line.'],
	['a long note', edited('name: { en: Review appointment, tr: Kontrol randevusu }', `name: { en: ${'Review '.repeat(100)}}`), {}, 'clinic.yaml: treatment.followUps[0].name.en is "Review Review Review Review Review Revie…" (699 characters); it must be 500 characters or fewer; patients read it on a phone, so say it shorter.'],
	['sessions with min above max', edited('sessions: { default: 3, min: 1, max: 6 }', 'sessions: { default: 3, min: 5, max: 2 }'), {}, 'clinic.yaml: treatment.sessions.min is 5; it must not be larger than max, which is 2.'],
	['no clinic section', edited(/^clinic:\n(?: .*\n|\n)*/m, ''), {}, 'clinic.yaml: the "clinic:" section is missing; add it as the example clinic.yaml shows.'],
	['an alias to no anchor', edited('name: Riverside Joint and Spine Clinic', 'name: *clinicName'), {}, 'clinic.yaml, line 8, column 9: the alias *clinicName names no anchor &clinicName above it; set the anchor first or write the value out in full.'],
	['aliases that expand a thousandfold', `${alias}\n${example}`, {}, 'clinic.yaml, line 2, column 8: the alias *a expands to too much (aliases of aliases); write the values out in full.'],
	['a setting given twice', edited('  phone: "+44 20 7946 0000"', '  phone: "+44 20 7946 0000"\n  phone: "+44 20 7946 0001"'), {}, 'clinic.yaml, line 16, column 3: this setting is given twice; keep one.'],
	['an unclosed quote', edited('  phone: "+44 20 7946 0000"', '  phone: "+44 20 7946 0000'), {}, 'clinic.yaml, line'],
])('%s: one sentence, no stack trace', (_case, yaml, env, expected) => {
	const { problems, message } = problemsOf(yaml, env);
	expect(problems).toHaveLength(1);
	if (expected.endsWith('line')) expect(problems[0]).toMatch(/^clinic\.yaml, line \d+, column \d+: this is not valid YAML \(.+\); check the indentation and quotes there\.$/);
	else expect(problems[0]).toBe(expected);
	expect(message).not.toMatch(/^\s+at /m);
});

test('HSTS needs an https address', () => {
	const { problems } = problemsOf(edited('hsts: false', 'hsts: true'), { SITE_URL: 'http://clinic.example' });
	expect(problems).toEqual(['clinic.yaml: site.hsts is true; it must be false while site.url starts with http://: HSTS needs the site on https.']);
});

/** The problems and warnings of a file given as bytes, read as a build made on `today` reads it. */
function checkedAt(bytes: Uint8Array | string, today = '2026-12-01'): { problems: string[]; warnings: string[]; message: string } {
	const dir = mkdtempSync(join(tmpdir(), 'broken-settings-'));
	mkdirSync(join(dir, 'public'));
	copyFileSync('public/logo.svg', join(dir, 'public', 'logo.svg'));
	writeFileSync(join(dir, 'clinic.yaml'), bytes);
	const warnings: string[] = [];
	try {
		loadSettings({}, dir, { today: isoDate(today), onWarning: (warning) => warnings.push(warning) });
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		return { problems: error.problems, warnings, message: `${error.message}\n${error.stack ?? ''}` };
	}
	return { problems: [], warnings, message: '' };
}

const closures = (lines: string) => edited(/  closures:\n(?:    .*\n)+/, `  closures:\n${lines}`);
const ownExercise = (image: string, title: string) =>
	edited(
		'  own: []',
		`  own:\n    - { id: own-wall-sit, area: knee, title: ${title}, steps: { en: [Sit against a wall.], tr: [Duvara yaslanın.] }, howMany: { en: 5 times, tr: 5 kez }, image: ${image}, imageAlt: { en: A wall sit, tr: Duvarda oturma } }`,
	);

// Issue 28: every clinic mistake the outside review found, refused in one sentence.
test.each<[string, Uint8Array | string, string]>([
	['a file saved in Windows-1254 (Turkish Windows)', Buffer.concat([Buffer.from(example.split('Kış tatili')[0] ?? ''), Buffer.from([0x4b, 0xfd, 0xfe, 0x20]), Buffer.from(example.split('Kış tatili')[1] ?? '')]), 'clinic.yaml, line 31: the file is not saved as UTF-8 (it may be Windows-1254, the Turkish Windows encoding, or another older one), so letters like ğ, ş and ı would break; open it in your editor and save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).'],
	['a file saved as UTF-16', Buffer.from(`\ufeff${example}`, 'utf16le'), 'clinic.yaml: the file is saved as UTF-16 (or holds zero bytes), not as text this site can read; open it in your editor and save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).'],
	['a site address with a user name and password', edited('url: https://riverside-clinic.example', 'url: https://user:pass@riverside-clinic.example'), 'clinic.yaml: site.url is "https://user:pass@riverside-clinic.example"; it must not hold a user name or password (the part before @): every page would publish it; remove it, and protect a preview site on the server instead.'],
	['a site address with a quote', edited('url: https://riverside-clinic.example', `url: https://riverside"clinic.example`), 'clinic.yaml: site.url is "https://riverside"clinic.example"; it must be the address only, made of letters, digits, dots and hyphens, like "https://clinic.example.org"; remove any quote, space or other sign.'],
	['a review date in the year 27', edited('nextReview: 2027-11-20', 'nextReview: 0027-11-20'), 'clinic.yaml: clinic.reviewer.nextReview is "0027-11-20"; it must be a date from the year 2000 on, written with all four digits of the year, like 2027-11-20.'],
	['a YAML tag', edited('name: Riverside Joint and Spine Clinic', 'name: !!js/function "function(){}"'), 'clinic.yaml, line 8, column 9: the YAML tag !!js/function is not allowed here; remove it and write the plain value (text in quotes).'],
	['a custom YAML tag', edited('name: Riverside Joint and Spine Clinic', 'name: !clinic Riverside'), 'clinic.yaml, line 8, column 9: the YAML tag !clinic is not allowed here; remove it and write the plain value (text in quotes).'],
	['a control character', edited('name: Riverside Joint and Spine Clinic', 'name: "Riverside\\a Clinic"'), 'clinic.yaml: clinic.name is "Riverside� Clinic"; it holds an invisible control character (U+0007); retype the text without it.'],
	['a right-to-left override', edited('name: Riverside Joint and Spine Clinic', 'name: "Riverside \u202eClinic"'), 'clinic.yaml: clinic.name is "Riverside �Clinic"; it holds an invisible control character (U+202E); retype the text without it.'],
	['a made-up currency', edited('currency: GBP', 'currency: XYZ'), 'clinic.yaml: treatment.pricePerSession.currency is "XYZ"; it is not a currency code that exists; use the ISO 4217 code of your currency, like "GBP", "TRY" or "EUR".'],
	['a closure to 2072', closures('    - { from: 2027-12-29, to: 2072-12-31, reason: Winter break }\n'), 'clinic.yaml: clinic.closures[0].from is "2027-12-29"; it must be less than 366 days before `to`: a closure lasts a year at most; split a longer one, or take the treatment pages down while the clinic is closed.'],
	['a closure in 2072', closures('    - { from: 2072-12-29, to: 2072-12-31, reason: Winter break }\n'), 'clinic.yaml: clinic.closures[0].from is "2072-12-29"; it must be in the years 2025 to 2031, near this build (2026): the calculators carry every closed day, so add a closure nearer the time and remove those that have passed.'],
	['a closure in the year 27', closures('    - { from: 0027-12-29, to: 0027-12-31, reason: Winter break }\n'), 'clinic.yaml: clinic.closures[0].from is "0027-12-29"; it must be in the years 2025 to 2031, near this build (2026): the calculators carry every closed day, so add a closure nearer the time and remove those that have passed.'],
	['101 closures', closures('    - { from: 2027-12-29, to: 2027-12-31, reason: Winter break }\n'.repeat(101)), 'clinic.yaml: clinic.closures is a list; it must list 100 closures or fewer; remove the ones that have passed.'],
	['eleven follow-up visits', edited(/  followUps:\n(?:    .*\n)+/, `  followUps:\n${Array.from({ length: 11 }, (_, i) => `    - { id: visit-${i}, weeksAfterLastSession: 6, name: { en: Visit, tr: Ziyaret } }\n`).join('')}`), 'clinic.yaml: treatment.followUps is a list; it must list 10 visits or fewer; a patient\'s plan shows every one.'],
	['an own exercise whose picture is missing', ownExercise('/no-such.svg', '{ en: Wall sit, tr: Duvarda oturma }'), 'clinic.yaml: exercises.own[0].image is "/no-such.svg", but there is no such file in public/; put the picture there or correct the path.'],
	['an own exercise without its Turkish title', ownExercise('/logo.svg', '{ en: Wall sit }'), 'clinic.yaml: exercises.own[0].title has no text in tr; give it in every published language.'],
])('%s: one sentence, no stack trace', (_case, bytes, expected) => {
	const { problems, message } = checkedAt(bytes);
	expect(problems).toEqual([expected]);
	expect(message).not.toMatch(/^\s+at /m);
});

test('a file with a byte-order mark is read as the UTF-8 it is', () => {
	expect(checkedAt(`\ufeff${example}`)).toEqual({ problems: [], warnings: [], message: '' });
});

test.each([
	['text given in English only', edited('name: { en: Review appointment, tr: Kontrol randevusu }', 'name: { en: Review appointment }'), '2026-12-01', 'clinic.yaml: treatment.followUps[0].name has no text in "tr", a language the site publishes, so those pages show it in "en"; add a tr: line.'],
	['closed days that end within a year', example, '2027-02-01', 'clinic.yaml: clinic.closures ends on 2027-12-31, within a year of this build; add the days the clinic will be closed after that and rebuild the site, or the calculators will not know them.'],
	['a calculator review date that has passed', example, '2027-12-01', 'clinic.yaml: clinic.reviewer.nextReview is 2027-11-20, which has passed, so the calculator pages tell patients they may be out of date; review them with the clinician and set lastReviewed and nextReview.'],
])('%s is warned about in one sentence', (_case, yaml, today, warning) => {
	const { problems, warnings } = checkedAt(yaml, today);
	expect(problems).toEqual([]);
	expect(warnings).toContain(warning);
});
