/*
 * The warning signs after prolotherapy, defined once. Every "when to get help" card on the site
 * (the side-effects and aftercare guides, every exercise sheet, both calculators and their
 * printouts) reads its bullets from here, so a sign is never retyped and never differs between
 * pages. The words a patient reads are in each language's strings (`careSign.<id>`, and the
 * card's title and note under `careCard.<level>.*`); this file holds what a clinician signs
 * off: each sign's level, the injection sites it is tied to and its sources.
 * docs/warning-signs.md lists the same signs, in both languages, for that review; a unit test
 * (warning-signs.test.ts) keeps the two the same.
 *
 * The NHS "when and where to get care" pattern: three levels, at most 5 bullets a card, and a
 * card stands on its own (each level lists all its signs, wherever it is shown). A sign tied to
 * injection sites names them in its own words ("After injections in your back, ..."), so the
 * same card fits every page.
 */

/** The three NHS levels, least urgent first. */
export const careLevels = ['non-urgent', 'urgent', 'emergency'] as const;
export type CareLevel = (typeof careLevels)[number];

/** True when `level` is one of the three card levels. */
export function isCareLevel(level: unknown): level is CareLevel {
	return typeof level === 'string' && (careLevels as readonly string[]).includes(level);
}

/** NHS content guidance: a care card holds no more than 5 bullets. */
export const MAX_SIGNS_PER_CARD = 5;

/** Where an injection was given, for signs that only follow injections there. */
export type InjectionSite = 'lower-back' | 'hip' | 'sacroiliac-joint' | 'spine' | 'chest' | 'ribs' | 'upper-back' | 'neck' | 'shoulder-blade';

/** The exercise sheets whose area is near a sign's injection sites (the sheets show every sign; tests check these). */
export type SheetArea = 'lower-back' | 'hip' | 'shoulder';

/** The published sources the signs rest on; docs/warning-signs.md lists them in full. */
export const signSources = {
	nhsLocalAnaesthesia: 'NHS, Local anaesthesia (https://www.nhs.uk/conditions/local-anaesthesia/)',
	nhsMeningitis: 'NHS, Meningitis (https://www.nhs.uk/conditions/meningitis/)',
	nhsAnaphylaxis: 'NHS, Anaphylaxis (https://www.nhs.uk/conditions/anaphylaxis/)',
	royalFreeCes: 'Royal Free London NHS Foundation Trust, Cauda equina syndrome (https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome)',
	chesterfieldCes: 'Chesterfield Royal Hospital NHS Foundation Trust, Cauda equina (https://chesterfieldroyal.nhs.uk/all-services-and-wards/physiotherapy-services/musculoskeletal-and-rheumatology-services/cauda-equina)',
	dagenais2006: 'Dagenais and others, Arch Phys Med Rehabil 2006;87(7):909-13, PMID 16813776 (https://pubmed.ncbi.nlm.nih.gov/16813776/)',
	narouze2018: 'Narouze and others, Reg Anesth Pain Med 2018;43:225-262, doi:10.1097/AAP.0000000000000700',
	rabago2010: 'Rabago, Slattengren and Zgierska, Prim Care 2010;37(1):65-80 (https://pmc.ncbi.nlm.nih.gov/articles/PMC2831229/)',
	clinicSource: 'The clinic source text (content brief, table A, facts 6 and 7)',
} as const;
export type SignSource = keyof typeof signSources;

export interface WarningSign {
	/** The sign's key: its words are the string `careSign.<id>` in every language. */
	readonly id: string;
	readonly level: CareLevel;
	/** Only after injections at these sites; the sign's words name them. */
	readonly sites?: readonly InjectionSite[];
	/** The exercise sheets near those sites. */
	readonly sheets?: readonly SheetArea[];
	readonly sources: readonly SignSource[];
}

/** Every warning sign, in the order each card lists them. */
export const warningSigns = [
	// Non-urgent: call the clinic in opening hours.
	{ id: 'bruisingLong', level: 'non-urgent', sources: ['clinicSource', 'rabago2010'] },
	{ id: 'painNotEasing', level: 'non-urgent', sources: ['dagenais2006', 'rabago2010'] },
	{ id: 'numbnessLasting', level: 'non-urgent', sources: ['nhsLocalAnaesthesia'] },
	{ id: 'worriedLook', level: 'non-urgent', sources: ['clinicSource'] },
	// Urgent: contact a doctor straight away.
	{ id: 'infection', level: 'urgent', sources: ['clinicSource', 'rabago2010', 'dagenais2006'] },
	{ id: 'painWorse', level: 'urgent', sources: ['clinicSource', 'dagenais2006'] },
	{ id: 'weakness', level: 'urgent', sources: ['nhsLocalAnaesthesia', 'dagenais2006'] },
	{ id: 'spinalHeadache', level: 'urgent', sites: ['spine', 'lower-back', 'neck'], sheets: ['lower-back'], sources: ['dagenais2006', 'rabago2010'] },
	{ id: 'numbingReaction', level: 'urgent', sources: ['nhsLocalAnaesthesia'] },
	// Emergency: call the emergency number or go to the emergency department now.
	{ id: 'spinalNerve', level: 'emergency', sites: ['lower-back', 'hip', 'sacroiliac-joint', 'spine'], sheets: ['lower-back', 'hip'], sources: ['royalFreeCes', 'chesterfieldCes', 'dagenais2006', 'narouze2018'] },
	{ id: 'bladderBowel', level: 'emergency', sites: ['lower-back', 'hip', 'sacroiliac-joint', 'spine'], sheets: ['lower-back', 'hip'], sources: ['royalFreeCes', 'chesterfieldCes', 'dagenais2006'] },
	{ id: 'collapsedLung', level: 'emergency', sites: ['chest', 'ribs', 'upper-back', 'neck', 'shoulder-blade'], sheets: ['shoulder'], sources: ['dagenais2006', 'rabago2010'] },
	{ id: 'allergy', level: 'emergency', sources: ['nhsAnaphylaxis', 'nhsLocalAnaesthesia'] },
	{ id: 'meningitisSepsis', level: 'emergency', sources: ['nhsMeningitis', 'dagenais2006'] },
] as const satisfies readonly WarningSign[];

export type Sign = (typeof warningSigns)[number];
export type SignId = Sign['id'];

/**
 * The signs one card lists, in order.
 *
 * @example
 * signsFor('emergency').map((s) => s.id) // => ['spinalNerve', 'bladderBowel', 'collapsedLung', 'allergy', 'meningitisSepsis']
 */
export function signsFor(level: CareLevel): readonly Sign[] {
	return warningSigns.filter((sign) => sign.level === level);
}

/** The string key of a sign's words. */
export const signKey = (id: SignId) => `careSign.${id}` as const;

/** The string keys of a card's title and, where it has one, its closing note. */
export const cardKeys = {
	'non-urgent': { title: 'careCard.nonUrgent.title', note: undefined },
	urgent: { title: 'careCard.urgent.title', note: 'careCard.urgent.note' },
	emergency: { title: 'careCard.emergency.title', note: undefined },
} as const satisfies Record<CareLevel, { title: string; note: string | undefined }>;
