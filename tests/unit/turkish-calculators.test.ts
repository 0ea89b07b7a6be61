import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { HoldResult } from '../../src/components/medication/HoldResult.tsx';
import { medicationStrings } from '../../src/components/medication/strings.ts';
import { pickLabel, pickName, rulesForPage, rulesFromPage } from '../../src/components/medication/names.ts';
import { CourseResult } from '../../src/components/planner/CourseResult.tsx';
import { planSentences } from '../../src/components/planner/plan-sentences.ts';
import { plannerStrings } from '../../src/components/planner/strings.ts';
import { capitalise, fill } from '../../src/i18n/fill.ts';
import { strings } from '../../src/i18n/index.ts';
import { isoDate, type IsoDate } from '../../src/lib/rules/dates/iso-date.ts';
import { localized } from '../../src/lib/rules/localized-text.ts';
import { clinicOnDay } from '../../src/lib/rules/clinic-days/clinic-today.ts';
import { planHold, type HoldItem, type PrescriberDays } from '../../src/lib/rules/medication/plan-hold.ts';
import { defaultMedicationRules } from '../../src/lib/rules/medication/schema.ts';
import type { ClinicDays } from '../../src/lib/rules/clinic-days/open-days.ts';
import { planCourse, type CoursePlan } from '../../src/lib/rules/planner/plan-course.ts';
import type { MoveToOpenDay } from '../../src/lib/rules/planner/session-dates.ts';
import { plannerSettingsFromInput } from './support/planner-settings.ts';
import { blocks, faults } from './support/turkish-faults.ts';

/*
 * Every answer both calculators give, rendered in Turkish as the page shows it (the result
 * components to HTML, the planner's summary sentences from the same function the island uses),
 * for every medicine and every group of medicines, ticked and unticked, with and without the
 * prescriber's days, one day and several, too late, with the clinic closed in each way, and the
 * planner's fitting, too-long, closed-day and moved plans. Each sentence must read as Turkish:
 * capital first, no "ilacı" after a group's name, no supplement called "ilaç", no "günleri"
 * after one date, no "veya" in a do-not-take list, no English, nothing left unfilled.
 */

const tag = 'tr-TR';
const phone = '+90 212 000 00 00';
const rules = rulesFromPage(rulesForPage(defaultMedicationRules, 'tr'));
const medicationWords = medicationStrings(strings.tr);
const plannerWords = plannerStrings(strings.tr);
const supplementGroup = 'supplements';

type Pick = { selection: 'medicine' | 'group'; id: string; name?: string | undefined };

/** Every medicine (by its Turkish brand where it has one, and by its generic) and every group. */
const picks: Pick[] = [
	...rules.groups.map((group) => ({ selection: 'group' as const, id: group.id })),
	...rules.medicines.flatMap((medicine) => [
		{ selection: 'medicine' as const, id: medicine.id },
		...(medicine.brands['tr']?.[0] ? [{ selection: 'medicine' as const, id: medicine.id, name: medicine.brands['tr'][0] }] : []),
	]),
];

test('the checks find each fault they look for', () => {
	expect(faults('kan sulandırıcılar (antikoagülanlar) ilacını kendi kendinize bırakmayın.')).toEqual([
		'starts in lower case: "kan sulandırıcılar (antikoagülanlar) ilacını kendi kendinize bırakmayın."',
		'"ilacı" after the group "kan sulandırıcılar (antikoagülanlar)"',
		'"ilacı" after a plural',
	]);
	expect(faults('Tedaviden önce balık yağı (omega-3) ilacına ara verin.', { supplement: true })).toEqual(['a supplement called "ilaç"']);
	expect(faults('Bu ilacı 17 Aralık 2026 Perşembe günleri almayın.')).toEqual(['"günleri" after one date']);
	expect(faults('Bu ilacı 15 Aralık 2026 Salı veya 16 Aralık 2026 Çarşamba almayın.')).toEqual(['"veya" in a do-not-take list']);
	expect(faults('Take your last dose {date}.')).toEqual(['English: "Take"', 'a placeholder left']);
	expect(faults('İbuprofen: almaya devam edebilirsiniz.')).toEqual(['a sentence after a colon starts in lower case']);
	expect(faults('2. seans: 12 Mart 2027 Cuma. İbuprofen: Son dozunuzu 8 Mart 2027 Pazartesi günü alın.')).toEqual([]);
});

// --- The medication calculator -------------------------------------------------------------

const TREATMENT = isoDate('2027-03-12'); // a Friday
const openWeekdays = [1, 2, 3, 4, 5] as const;

type HoldInput = { today: IsoDate; treatment?: IsoDate; agreed: boolean; days?: PrescriberDays; clinic?: ClinicDays };
type HoldRendered = { html: string; sections: { groupId: string; html: string }[]; items: readonly HoldItem[] };
const holdRendered = new Map<HoldInput, HoldRendered>();
/** Each case is rendered once and read by every test. */
const renderHold = (input: HoldInput): HoldRendered => holdRendered.get(input) ?? holdRendered.set(input, renderHoldNow(input)).get(input)!;

function renderHoldNow(input: HoldInput): HoldRendered {
	const treatmentDate = input.treatment ?? TREATMENT;
	const prescriberIds = rules.medicines.map((m) => m.id).concat(rules.groups.map((g) => g.id));
	const plan = planHold({
		treatmentDate,
		today: input.today,
		medicineIds: rules.medicines.map((m) => m.id),
		groupIds: rules.groups.map((g) => g.id),
		prescriberAgreed: input.agreed ? prescriberIds : [],
		prescriberDays: input.days ? Object.fromEntries(prescriberIds.map((id) => [id, input.days])) : undefined,
		rules,
	});
	if (!plan.ok) throw new Error(plan.error);
	const sections = picks.map((pick) => {
		const item = plan.items.find((i) => i.selection === pick.selection && i.id === pick.id);
		if (!item) throw new Error(`no answer for ${pick.id}`);
		return { groupId: item.groupId, html: render(
			h(HoldResult, {
				plan: { ...plan, items: [item] },
				labelOf: () => pickLabel(rules, pick, 'tr'),
				nameOf: () => pickName(rules, pick, 'tr'),
				noteOf: (i: HoldItem) => localized(rules.groups.find((g) => g.id === i.groupId)?.note ?? {}, 'tr'),
				// As the island says it: a combination product names the ingredient that sets its group.
				containsOf: (i: HoldItem) => {
					const ingredient = rules.medicines.find((m) => m.id === i.medicineId)?.contains;
					const group = rules.groups.find((g) => g.id === i.groupId);
					return ingredient && group ? capitalise(fill(strings.tr['medication.result.contains'], { ingredient: localized(ingredient, 'tr'), group: localized(group.name, 'tr') }), tag) : undefined;
				},
				strings: medicationWords,
				clinicToday: clinicOnDay(plan.today, input.clinic ?? { openWeekdays: [...openWeekdays], closedDates: [] }),
				tag,
				phone,
			}),
		) };
	});
	return { html: sections.map((s) => s.html).join('\n'), sections, items: plan.items };
}

const holdCases: [string, HoldInput][] = [
	['upcoming, unticked', { today: isoDate('2027-03-01'), agreed: false }],
	['upcoming, ticked, no prescriber days yet', { today: isoDate('2027-03-01'), agreed: true }],
	['ticked, the prescriber said 5 days and 1 day after', { today: isoDate('2027-03-01'), agreed: true, days: { daysBefore: 5, restartDaysAfter: 1 } }],
	['ticked, the prescriber said 1 day, no restart', { today: isoDate('2027-03-01'), agreed: true, days: { daysBefore: 1 } }],
	['ticked, the prescriber said 0 days: the treatment day only', { today: isoDate('2027-03-01'), agreed: true, days: { daysBefore: 0 } }],
	['too late, the clinic open', { today: isoDate('2027-03-10'), agreed: true, days: { daysBefore: 5 } }],
	['too late on a Saturday', { today: isoDate('2027-03-06'), treatment: isoDate('2027-03-08'), agreed: false }],
	['too late on a weekday the clinic is shut', { today: isoDate('2027-03-10'), agreed: false, clinic: { openWeekdays: [1, 2, 4, 5], closedDates: [] } }],
	['too late on a holiday', { today: isoDate('2027-03-10'), agreed: false, clinic: { openWeekdays: [...openWeekdays], closedDates: [isoDate('2027-03-10')] } }],
	['too late, the clinic shut until after treatment', { today: isoDate('2027-03-06'), treatment: isoDate('2027-03-08'), agreed: false, clinic: { openWeekdays: [...openWeekdays], closedDates: [isoDate('2027-03-08')] } }],
	['treatment on a closed day', { today: isoDate('2027-03-01'), treatment: isoDate('2027-03-13'), agreed: true, days: { daysBefore: 2 } }],
];

describe('every medication answer reads as Turkish', () => {
	test.each(holdCases)('%s', (_case, input) => {
		const { html, sections } = renderHold(input);
		expect(blocks(html).length).toBeGreaterThan(picks.length);
		const problems = sections.flatMap((section) => {
			const supplement = section.groupId === supplementGroup;
			return blocks(section.html).flatMap((block) => faults(block, { supplement }).map((fault) => `${fault} in "${block}"`));
		});
		expect(problems).toEqual([]);
	});

	test('the answers cover each kind: keep, ask the clinic, ask the prescriber, their days, stop, too late, closed', () => {
		const statuses = new Set(holdCases.flatMap(([, input]) => renderHold(input).items.map((item) => item.status)));
		expect([...statuses].sort()).toEqual(['askClinic', 'askPrescriber', 'keepTaking', 'prescriberDaysNeeded', 'stop', 'tooLate']);
		const all = holdCases.map(([, input]) => blocks(renderHold(input).html).join('\n')).join('\n');
		for (const key of ['closed.weekend', 'closed.closedDay', 'closed.closedDate', 'closed.afterTreatment', 'freeDays', 'freeTreatmentDay', 'restartOn', 'tooLatePrescriber'] as const) {
			const start = strings.tr[`medication.result.${key}`].split('{')[0]?.slice(0, 12) ?? '';
			expect(all, key).toContain(start);
		}
	});

	test('a name opens the sentence with a Turkish capital and keeps its own case; aspirin is named once', () => {
		const text = blocks(renderHold({ today: isoDate('2027-03-01'), agreed: false }).html).join('\n');
		expect(text).toContain('İbuprofen: Son dozunuzu 8 Mart 2027 Pazartesi günü alın.');
		expect(text).toContain('Dolven (ibuprofen): Son dozunuzu 8 Mart 2027 Pazartesi günü alın.');
		expect(text).toContain('Kan sulandırıcılar (antikoagülanlar): Asla kendi kendinize bırakmayın.');
		expect(text).toContain('Şu günlerde almayın: 9 Mart 2027 Salı, 10 Mart 2027 Çarşamba, 11 Mart 2027 Perşembe ve tedavi gününüz 12 Mart 2027 Cuma.');
		expect(text).not.toMatch(/aspirin[^\n]*aspirin/);
	});
});

// --- The session planner --------------------------------------------------------------------

const plannerSettings = plannerSettingsFromInput({ treatment: { followUps: [{ id: 'review', weeksAfterLastSession: 6, name: { tr: 'Kontrol randevusu', en: 'Review' } }] } });

function renderPlan(input: { first: string; sessions: number; weeks: number; moves?: MoveToOpenDay; agreed: boolean }): { plan: CoursePlan; lines: string[] } {
	const result = planCourse({
		firstSession: input.first,
		sessions: input.sessions,
		weeksBetween: input.weeks,
		today: '2027-03-01',
		moveToOpenDay: input.moves ?? 'none',
		settings: plannerSettings,
		medicines: {
			medicineIds: rules.medicines.map((m) => m.id),
			groupIds: rules.groups.map((g) => g.id),
			prescriberAgreed: input.agreed ? rules.medicines.map((m) => m.id).concat(rules.groups.map((g) => g.id)) : [],
			rules,
		},
	});
	if (result.status === 'invalid') throw new Error('invalid plan');
	const { plan } = result;
	const words = planSentences(plan, input.weeks, { amount: 7200, currency: 'TRY' }, plannerWords, tag);
	const html = render(
		h(CourseResult, {
			plan,
			strings: plannerWords,
			tag,
			phone,
			followUpName: () => 'Kontrol randevusu',
			// Every medicine and group, under each kind of name the picker gives.
			nameOf: (item: HoldItem) => pickName(rules, picks.find((p) => p.selection === item.selection && p.id === item.id) ?? item, 'tr'),
			onMove: () => {},
			exercise: undefined,
		}),
	);
	const sentences = [words.summary, words.relief, words.closed, words.cost, ...(words.limit.fits ? [words.limit.text] : [words.limit.over, words.limit.detail])];
	return { plan, lines: [...sentences.filter((s): s is string => s !== undefined), ...blocks(html)] };
}

const planCases: [string, Parameters<typeof renderPlan>[0]][] = [
	['one session', { first: '2027-03-12', sessions: 1, weeks: 4, agreed: false }],
	['a plan that fits', { first: '2027-03-12', sessions: 3, weeks: 4, agreed: false }],
	['a plan that fits, blood thinners ticked', { first: '2027-03-12', sessions: 3, weeks: 4, agreed: true }],
	['a plan too long', { first: '2027-03-12', sessions: 6, weeks: 6, agreed: false }],
	['sessions on a Saturday', { first: '2027-03-13', sessions: 3, weeks: 4, agreed: false }],
	['sessions moved to open days', { first: '2027-03-13', sessions: 3, weeks: 4, moves: 'all', agreed: false }],
	['one session moved', { first: '2027-03-13', sessions: 2, weeks: 4, moves: [1], agreed: false }],
	['too soon to stop before the first session', { first: '2027-03-02', sessions: 2, weeks: 4, agreed: false }],
];

describe('every planner answer reads as Turkish', () => {
	test.each(planCases)('%s', (_case, input) => {
		const { lines } = renderPlan(input);
		const problems = lines.flatMap((line) => {
			const supplement = line.startsWith('Balık yağı') || line.startsWith('Kanamayı etkileyebilen');
			return faults(line, { supplement }).map((fault) => `${fault} in "${line}"`);
		});
		expect(problems).toEqual([]);
	});

	test('the cases reach every kind of plan and every medicine answer', () => {
		const all = planCases.map(([, input]) => renderPlan(input));
		expect(all.some(({ plan }) => plan.courseLimit.fits)).toBe(true);
		expect(all.some(({ plan }) => !plan.courseLimit.fits)).toBe(true);
		expect(all.some(({ plan }) => plan.sessions.some((s) => s.closed))).toBe(true);
		expect(all.some(({ plan }) => plan.sessions.some((s) => s.moved))).toBe(true);
		const statuses = new Set(all.flatMap(({ plan }) => plan.sessions.flatMap((s) => (s.medicines?.ok ? s.medicines.items.map((i) => i.status) : []))));
		expect([...statuses].sort()).toEqual(['askClinic', 'askPrescriber', 'keepTaking', 'prescriberDaysNeeded', 'stop', 'tooLate']);
		const text = all.flatMap(({ lines }) => lines).join('\n');
		expect(text).toContain('Toplam yaklaşık 21.600\u00a0₺ (3 seans, seansı 7.200\u00a0₺).');
		// Supplements share the clinic's question with metamizole, and the line calls none of them "ilaç".
		const supplements = text.split('\n').filter((line) => line.includes('balık yağı (omega-3)'));
		expect(supplements.length).toBeGreaterThan(0);
		for (const line of supplements) expect(line).toMatch(/ve kanamayı etkileyebilen besin takviyeleri ve bitkisel ürünler: Bu seanstan önce ara verip vermeyeceğinizi kliniğe/);
		for (const line of supplements) expect(line).not.toMatch(/ilaç|ilac/i);
	});
});
