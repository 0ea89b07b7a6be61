import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadSettings, SettingsError, type SettingsEnv } from '../../src/lib/settings/load.ts';

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
