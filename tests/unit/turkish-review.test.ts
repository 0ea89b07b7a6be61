import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { expect, test } from 'vitest';
import { HoldResult } from '../../src/components/medication/HoldResult.tsx';
import { pickLabel, pickName } from '../../src/components/medication/names.ts';
import { medicationStrings } from '../../src/components/medication/strings.ts';
import { strings } from '../../src/i18n/index.ts';
import { DEFAULT_GROUPS, DEFAULT_MEDICINES } from '../../src/lib/rules/medication/schema.ts';
import { planHold } from '../../src/lib/rules/medication/plan-hold.ts';
import { defaultMedicationRules } from '../../src/lib/rules/medication/schema.ts';

/*
 * The Turkish review's nine changes of meaning (shared/reviews/turkish-review.md, S1–S9), each
 * kept from coming back: the wrong phrase is looked for in every Turkish guide and exercise sheet,
 * every interface string, the medicines' Turkish names and notes and the example clinic in
 * Türkiye, and the do-not-take list is read as the calculator renders it.
 */

const dir = (path: string) => readdirSync(path).map((file) => join(path, file));
const files = [...dir('src/content/guides/tr'), ...dir('src/content/exercises/tr'), 'clinics/istanbul.yaml'];
const texts: [string, string][] = [
	...files.map((file) => [file, readFileSync(file, 'utf8')] as [string, string]),
	...Object.entries(strings.tr).map(([key, value]) => [`tr.ts ${key}`, value] as [string, string]),
	...DEFAULT_GROUPS.flatMap((group) => [[`group ${group.id}`, `${group.name.tr} ${group.note.tr}`] as [string, string]]),
	...DEFAULT_MEDICINES.map((medicine) => [`medicine ${medicine.id}`, medicine.generic.tr ?? ''] as [string, string]),
];

/** Where a pattern occurs in the Turkish text, as "file: …match…". */
const found = (pattern: RegExp) => texts.flatMap(([where, text]) => [...text.matchAll(new RegExp(pattern, `${pattern.flags.replace('g', '')}g`))].map((m) => `${where}: ${m[0]}`));

test.each([
	['S1 "kafanız karışıyorsa" (puzzled) for medical confusion', /kafanız karış/i],
	['S2 "gebe olabilirseniz" (able to get pregnant) for "could be pregnant"', /gebe olabilir/i],
	['S3 "7 gün kadar" (about) for "up to 7 days"', /(?:gün|\/>|\{days\}) kadar sürebilir/],
	['S4 "sertlik" (a hard lump) for stiffness', /sertlik|(?<!ense\p{L}* )sertle|(?<!\p{L})sert(?!\p{L})(?! bir yatak)/iu],
	['S5 "günleri kullanın" (take it on those days) for a blood thinner', /(?:günleri|tarihleri) kullanın/i],
	['S6 "hangi günlerde ilaç almayacağınızı" (no medicine at all)', /günlerde ilaç almayacağınız/i],
	['S7 "kendiniz aldığınız aspirin" (which a heart-aspirin patient reads as theirs)', /kendiniz aldığınız aspirin/i],
])('%s is gone', (_fault, pattern) => {
	expect(found(pattern)).toEqual([]);
});

test('the checks find the phrases the review quoted, and not the Turkish meant', () => {
	const quoted = [
		'ateşiniz varken bayılacak gibiyseniz, kafanız karışıyorsa',
		'Gebeyseniz, gebe olabilirseniz ya da emziriyorsanız',
		'Morarma ve şişlik <Value name="bruisingDays" /> kadar sürebilir.',
		'Tedaviden sonra sertlik ve hafif şişlik sık görülür.',
		'Bölge sonra birkaç gün ağrılı ve sert olabilir.',
		'yalnızca onun söylediği günleri kullanın',
		'Hangi günlerde ilaç almayacağınızı bulun.',
		'soğuk algınlığı için kendiniz aldığınız aspirin',
	];
	const patterns = [/kafanız karış/i, /gebe olabilir/i, /(?:gün|\/>|\{days\}) kadar sürebilir/, /sertlik|(?<!ense\p{L}* )sertle|(?<!\p{L})sert(?!\p{L})(?! bir yatak)/iu, /(?:günleri|tarihleri) kullanın/i, /günlerde ilaç almayacağınız/i, /kendiniz aldığınız aspirin/i];
	for (const text of quoted) expect(patterns.some((pattern) => pattern.test(text)), text).toBe(true);
	// A firm mattress and neck stiffness with a fever (ense sertliği, a meningitis sign) are meant.
	for (const meant of ['Bir minder ya da sert bir yatak üzerinde yatın.', 'ateşinizle birlikte enseniz sertleştiyse']) expect(new RegExp("sertlik|(?<!ense\\p{L}* )sertle|(?<!\\p{L})sert(?!\\p{L})(?! bir yatak)", 'iu').test(meant), meant).toBe(false);
});

test('S8: the days not to take a medicine are joined with "ve", never "veya", the treatment day in the list', () => {
	const plan = planHold({ treatmentDate: '2026-12-18', today: '2026-12-01', medicineIds: ['ibuprofen'], rules: defaultMedicationRules });
	if (!plan.ok) throw new Error(plan.error);
	const pick = { selection: 'medicine' as const, id: 'ibuprofen' };
	const html = render(
		h(HoldResult, {
			plan,
			labelOf: () => pickLabel(defaultMedicationRules, pick, 'tr'),
			nameOf: () => pickName(defaultMedicationRules, pick, 'tr'),
			noteOf: () => '',
			containsOf: () => undefined,
			strings: medicationStrings(strings.tr),
			clinicToday: { open: true },
			tag: 'tr-TR',
			phone: '+90 212 000 00 00',
		}),
	);
	expect(html).toContain('Şu günlerde almayın: 15 Aralık 2026 Salı, 16 Aralık 2026 Çarşamba, 17 Aralık 2026 Perşembe ve tedavi gününüz 18 Aralık 2026 Cuma.');
	expect(html).not.toMatch(/\bveya\b/);
});

test('S9: the top warning of the medication page says "asla" (never), as every other blood-thinner line does', () => {
	expect(strings.tr['medication.onlyIfTold']).toMatch(/onaylamadıkça asla bırakmayın\.$/);
	for (const key of ['medication.result.askPrescriber', 'planner.medicine.askPrescriber'] as const) expect(strings.tr[key]).toMatch(/Asla kendi kendinize bırakmayın/);
});
