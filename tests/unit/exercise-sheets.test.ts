import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatTable, MAX_SENTENCE_WORDS, measureGuide } from '../../scripts/reading-level.ts';
import { pageWords } from '../../src/i18n/index.ts';
import { illustrationMarkup } from '../../src/components/exercise/illustrations.ts';
import { isSettingName, settingText } from '../../src/lib/site/content/setting-values.ts';
import { exerciseAreas, exerciseCatalogue, exerciseIds, type ExerciseArea } from '../../src/lib/site/exercise/catalogue.ts';
import { exerciseSheetSchema } from '../../src/lib/site/content/exercise-sheet-schema.ts';
import { exercisesInSource } from '../../src/lib/site/exercise/sheets.ts';
import { loadSettings } from '../../src/lib/site/settings/load.ts';

/*
 * The exercise pages (issue 17), in both languages: every area has its sheet and the general
 * guide, each twin shows the same exercises in the same order with the same settings and cards,
 * every exercise has a picture described in words, numbered steps and how many; each sheet says
 * to follow the clinic first, cites the sources mapped to its area below, and reads as plainly
 * as the guides (content brief, section D: grade 6 or lower, Ateşman 65 or more, no sentence
 * over 20 words).
 */

const root = 'src/content/exercises';
const sheets = ['overview', ...exerciseAreas] as const;
const languages = ['en', 'tr'] as const;
const source = (lang: string, sheet: string) => readFileSync(join(root, lang, `${sheet}.mdx`), 'utf8');
const frontMatter = (text: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const settings = loadSettings({}, process.cwd());

/** The sources each area's sheet cites, by address: the content test's map of area to evidence. */
const sourcesOfArea: Record<ExerciseArea | 'overview', string[]> = {
	overview: [
		'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
		'https://doi.org/10.1002/14651858.CD004059.pub3',
	],
	knee: [
		'https://www.cuh.nhs.uk/patient-information/knee-exercises/',
		'https://www.dynamichealth.nhs.uk/help-and-advice/knee-pain',
		'https://bjsm.bmj.com/content/49/24/1554',
	],
	'lower-back': [
		'https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/',
		'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
		'https://doi.org/10.1002/14651858.CD004059.pub3',
	],
	hip: [
		'https://www.versusarthritis.org/about-arthritis/exercising-with-arthritis/exercises-for-healthy-joints/exercises-for-the-hips/',
		'https://www.opalreturntowork.nhs.uk/exercises/standing-hip-extension/',
	],
	shoulder: [
		'https://www.dynamichealth.nhs.uk/help-and-advice/shoulder-pain',
		'https://nhsaaa.net/musculoskeletal-msk-service-patient-portal/shoulder-msk-patient-portal/shoulder-exercises-anterior-deltoid-programme-msk-patient-portal',
	],
	elbow: [
		'https://www.dynamichealth.nhs.uk/help-and-advice/elbow-pain',
		'https://rightdecisions.scot.nhs.uk/patient-information-leaflets/primary-community-services/physiotherapy/tennis-elbow',
	],
	'wrist-hand': [
		'https://www.uhsussex.nhs.uk/resources/range-of-movement-hand-exercises/',
		'https://www.chelwest.nhs.uk/your-visit/patient-leaflets/hand-therapy',
	],
};

/** What each language says first: the clinic's exercises come before the site's. */
const clinicFirst = {
	en: ['Do the exercises your clinic gave you', 'for when your clinic agrees'],
	tr: ['Kliniğinizin size verdiği egzersizleri yapın', 'Kliniğiniz uygun bulursa yapın'],
};
const howMany = { en: '**How many:**', tr: '**Kaç kez:**' };

test('each language has the general guide and a sheet for every area, and nothing else', () => {
	for (const lang of languages) {
		expect(readdirSync(join(root, lang)).sort(), lang).toEqual(sheets.map((s) => `${s}.mdx`).sort());
	}
});

describe.each(languages.flatMap((lang) => sheets.map((sheet) => [lang, sheet] as const)))('%s/%s', (lang, sheet) => {
	const text = source(lang, sheet);
	const data = exerciseSheetSchema.parse(frontMatter(text));

	test('has valid front matter naming its sheet, and cites the sources of its area, each with the month it was read', () => {
		expect(data.sheet).toBe(sheet);
		expect(data.sources.flatMap((s) => (s.url ? [s.url] : []))).toEqual(sourcesOfArea[sheet]);
		for (const s of data.sources) expect(s.accessed).toMatch(/^2026-\d\d$/);
	});

	test('imports and exports nothing: its components come from the page, so head propagation is off (mdxWithoutPropagation, astro.config.mjs)', () => {
		const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
		expect(body.match(/^(?:import|export)\b.*$/gm) ?? []).toEqual([]);
	});

	test('matches its twin: the same exercises in order, settings and care cards', () => {
		const other = source(lang === 'en' ? 'tr' : 'en', sheet);
		const ids = (t: string) => exercisesInSource(t).map((e) => e.id);
		const values = (t: string) => [...t.matchAll(/<Value name="(\w+)"/g)].map((m) => m[1]);
		const cards = (t: string) => [...t.matchAll(/<CareCard level="([\w-]+)"/g)].map((m) => m[1]);
		expect(ids(text)).toEqual(ids(other));
		expect(values(text)).toEqual(values(other));
		expect(cards(text)).toEqual(cards(other));
		for (const name of values(text)) expect(isSettingName(name ?? ''), name).toBe(true);
	});

	test('says to follow the clinic first, and shows the urgent and emergency cards (their signs: src/lib/site/content/warning-signs.ts)', () => {
		for (const words of clinicFirst[lang]) expect(text.toLocaleLowerCase(lang)).toContain(words.toLocaleLowerCase(lang));
		expect([...text.matchAll(/<CareCard level="([\w-]+)"/g)].map((m) => m[1])).toEqual(['urgent', 'emergency']);
	});

	test('reads plainly: no sentence over 20 words, pictures’ words included', () => {
		const pictures = [...text.matchAll(/picture="([^"]*)"/g)].map((m) => m[1]).join('\n\n');
		const values = (name: string) => (isSettingName(name) ? settingText(settings, name, pageWords(lang)) : name);
		const withPictures = `${text}\n\n${pictures}\n`;
		const reading = measureGuide(lang, `${lang}/${sheet}`, withPictures, values);
		console.log(formatTable(lang, [reading]));
		expect(reading.tooLong).toEqual([]);
		if (lang === 'en') expect(reading.score, 'Flesch-Kincaid grade').toBeLessThanOrEqual(6);
		else expect(reading.score, 'Ateşman score').toBeGreaterThanOrEqual(65);
		expect(MAX_SENTENCE_WORDS).toBe(20);
	});

	if (sheet === 'overview') {
		test('gives the three stages, tied to the clinic’s exercise start day, and lists the sheets', () => {
			expect(text.match(/^## /gm)?.length).toBeGreaterThanOrEqual(4);
			expect(text).toContain('<Value name="exerciseStartDays" />');
			expect(text).toContain('<ExerciseSheetList />');
		});
		return;
	}

	test('shows every exercise of its area once, in order, then the clinic’s own', () => {
		const exercises = exercisesInSource(text);
		expect(exercises.map((e) => e.id)).toEqual([...exerciseCatalogue[sheet]]);
		expect(exercises.length).toBeGreaterThanOrEqual(4);
		expect(exercises.length).toBeLessThanOrEqual(6);
		expect(text).toContain(`<OwnExercises area="${sheet}" />`);
		expect(text.indexOf('<OwnExercises')).toBeGreaterThan(text.lastIndexOf('</Exercise>'));
		expect(text).toContain('<Value name="exerciseStartDays" />');
	});

	test('each exercise has a name, a described picture, numbered steps, and how many and how often', () => {
		const blocks = [...text.matchAll(/<Exercise id="([^"]+)" title="([^"]+)" picture="([^"]+)">([\s\S]*?)<\/Exercise>/g)];
		expect(blocks).toHaveLength(exerciseCatalogue[sheet].length);
		for (const [, id, , picture, body] of blocks) {
			expect((picture ?? '').split(' ').length, `${id}: the picture's words`).toBeGreaterThanOrEqual(8);
			expect(body?.match(/^\d\. /gm)?.length ?? 0, `${id}: numbered steps`).toBeGreaterThanOrEqual(2);
			expect(body, `${id}: how many`).toContain(howMany[lang]);
			expect(body, `${id}: how often`).toMatch(lang === 'en' ? /a day\./ : /[Gg]ünde [0-9]/);
		}
	});
});

describe('the drawings', () => {
	test.each(exerciseIds)('%s has a figure or hand and at least one movement arrow', (id) => {
		const markup = illustrationMarkup(id);
		expect(markup).toMatch(/class="exercise-art__body"/);
		expect(markup).toMatch(/class="exercise-art__move"/);
		// Every coordinate stays inside the 160 × 120 picture.
		for (const [, x, y] of markup.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) {
			expect(Number(x), `${id} x`).toBeGreaterThanOrEqual(0);
			expect(Number(x), `${id} x`).toBeLessThanOrEqual(160);
			expect(Number(y), `${id} y`).toBeGreaterThanOrEqual(0);
			expect(Number(y), `${id} y`).toBeLessThanOrEqual(120);
		}
	});
});
