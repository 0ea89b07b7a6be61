import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadSettings, parseSettings, SettingsError } from './load.ts';

const example = parse(readFileSync('clinic.yaml', 'utf8')) as Record<string, Record<string, unknown>>;

/** The example settings with one part replaced. */
function withChange(section: string, change: Record<string, unknown>) {
	return { ...example, [section]: { ...example[section], ...change } };
}

function problemsOf(data: unknown): string[] {
	try {
		parseSettings(data, 'clinic.yaml');
	} catch (error) {
		if (error instanceof SettingsError) return error.problems;
		throw error;
	}
	return [];
}

describe('the example clinic', () => {
	test('is valid and fills in the defaults', () => {
		const settings = parseSettings(example, 'clinic.yaml');
		expect(settings.clinic.name).toBe('Riverside Joint and Spine Clinic');
		expect(settings.medication.holdDaysBefore).toBe(3);
		expect(settings.treatment.courseMaxMonths).toBe(6);
	});

	test('needs only the clinic, the site and the languages; the rest has defaults', () => {
		const { clinic, site, languages } = example;
		const settings = parseSettings({ clinic, site, languages }, 'clinic.yaml');
		expect(settings.branding.primaryColour).toBe('#005eb8');
		expect(settings.treatment.sessions).toEqual({ default: 3, min: 1, max: 6 });
		expect(settings.treatment.weeksBetweenSessions).toEqual({ default: 4, min: 2, max: 6 });
		expect(settings.treatment.injectionsPerSession).toEqual({ min: 4, max: 15 });
		expect(settings.treatment.pricePerSession).toBeUndefined();
	});
});

describe('a broken settings file gets one plain message per fault, naming the file and field', () => {
	test.each([
		[
			'a colour that is not a colour',
			withChange('branding', { primaryColour: 'blue-ish' }),
			'clinic.yaml: branding.primaryColour is "blue-ish"; it must be a colour written as # and six hex digits, like "#005eb8".',
		],
		[
			'a colour too pale to read on white',
			withChange('branding', { primaryColour: '#ffcc00' }),
			'clinic.yaml: branding.primaryColour is "#ffcc00"; it has a contrast of 1.5:1 against the light background; text and links need at least 4.5:1, so choose a darker colour.',
		],
		[
			'an unknown language',
			withChange('languages', { enabled: ['en', 'fr'] }),
			'clinic.yaml: languages.enabled[1] is "fr"; it must be one of the languages this site has: en, tr.',
		],
		[
			'a default language that is not published',
			withChange('languages', { default: 'tr', enabled: ['en'] }),
			'clinic.yaml: languages.default is "tr"; it must also be listed in languages.enabled.',
		],
		[
			'a misspelt setting',
			withChange('clinic', { emergencyNumbr: '999' }),
			'clinic.yaml: clinic.emergencyNumbr is not a setting this site knows; check its spelling or remove it.',
		],
		[
			'a number out of range',
			withChange('treatment', { courseMaxMonths: 0 }),
			'clinic.yaml: treatment.courseMaxMonths is 0; it must be 1 or more.',
		],
		[
			'a hold period as text',
			withChange('medication', { holdDaysBefore: 'three' }),
			'clinic.yaml: medication.holdDaysBefore is "three". Use a whole number of days.',
		],
		[
			'a planner default outside its limits',
			withChange('treatment', { sessions: { default: 9, min: 1, max: 6 } }),
			'clinic.yaml: treatment.sessions.default is 9; it must lie between min (1) and max (6).',
		],
		[
			'a site address without https',
			withChange('site', { url: 'riverside.example' }),
			'clinic.yaml: site.url is "riverside.example"; it must be the full address of the site, like "https://clinic.example.org".',
		],
		[
			'a missing clinic name',
			withChange('clinic', { name: undefined }),
			'clinic.yaml: clinic.name is nothing; it must be text (the clinic’s name), in quotes if it starts with a number or symbol.',
		],
	])('%s', (_case, data, message) => {
		expect(problemsOf(data)).toEqual([message]);
	});

	test('an empty file says to start from the example', () => {
		expect(problemsOf(null)).toEqual([
			'clinic.yaml: the file is empty or is not a list of settings; start from the example clinic.yaml.',
		]);
	});
});

describe('loading from disk', () => {
	const dir = mkdtempSync(join(tmpdir(), 'settings-'));

	test('a YAML syntax error names the file and the line', () => {
		writeFileSync(join(dir, 'broken.yaml'), 'clinic:\n  name: "Unclosed\nsite: {\n');
		expect(() => loadSettings({ CLINIC_SETTINGS: 'broken.yaml' }, dir)).toThrow(/broken\.yaml, line \d+, column \d+: this is not valid YAML/);
	});

	test('a missing file says so', () => {
		expect(() => loadSettings({ CLINIC_SETTINGS: 'nope.yaml' }, dir)).toThrow(/nope\.yaml: the settings file cannot be read/);
	});

	test('SITE_URL and BASE_PATH override the file, and are checked like it', () => {
		const settings = loadSettings({ SITE_URL: 'https://deploy.example', BASE_PATH: '/patients/' }, process.cwd());
		expect(settings.site).toEqual({ url: 'https://deploy.example', base: '/patients/', hsts: false });
		expect(() => loadSettings({ BASE_PATH: 'patients' }, process.cwd())).toThrow(
			'The BASE_PATH environment variable is "patients"; it must start and end with /',
		);
	});
});

describe('medication rules in the settings', () => {
	test('default to the standard groups and medicines, with the clinic’s hold period', () => {
		const settings = parseSettings(withChange('medication', { holdDaysBefore: 5 }), 'clinic.yaml');
		const nsaid = settings.medication.groups.find((g) => g.id === 'nsaid');
		expect(nsaid).toMatchObject({ kind: 'stopBefore', daysBefore: 5 });
		expect(settings.medication.medicines.some((m) => m.id === 'ibuprofen')).toBe(true);
	});

	test('a medicine naming an unknown group is refused with a sentence that says what to change', () => {
		const problems = problemsOf(
			withChange('medication', { medicines: [{ id: 'ibuprofen', group: 'painkillers', generic: { en: 'ibuprofen' } }] }),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^clinic\.yaml: medication\.medicines\[0\]\.group is "painkillers"\. .*nsaid/);
	});
});
