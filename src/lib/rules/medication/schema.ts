import { z } from 'zod';
import { DAYS_BEFORE, ID_PATTERN, RESTART_DAYS_AFTER } from '../limits.ts';
import { localizedListSchema, localizedTextSchema } from '../localized-text-schema.ts';
import defaults from './default-rules.json' with { type: 'json' };
import { strictestIngredient } from './strictest-ingredient.ts';
import { validateMedicationRules } from './validate-rules.ts';

/*
 * The clinic's medication rules: which medicines to stop before treatment, for how long, which
 * never to stop without the prescriber, and which to ask the clinic about. Validated once at
 * build time; the browser gets the parsed result and never loads zod (./types.ts names the types
 * with type-only imports of this file). The default rules are data, ./default-rules.json, in the
 * shape of clinic.yaml's `medication` (a clinic can copy it), and this schema parses them like
 * any clinic's. The groups and their sources: docs/medicine-groups.md.
 */

/** The default groups of medicines and their rules, each naming its source (./default-rules.json). */
export const DEFAULT_GROUPS = defaults.groups;
/** The default medicines, each mapped to a group of {@link DEFAULT_GROUPS} (./default-rules.json). */
export const DEFAULT_MEDICINES = defaults.medicines;

const id = z
	.string()
	.regex(ID_PATTERN, 'Use lower-case letters, digits and single hyphens, for example "blood-thinners".')
	.describe('A short id of lower-case letters, digits and hyphens. It appears in shared links, so keep it once chosen.');

const source = z
	.string()
	.trim()
	.min(1, 'Name the source, or leave source out.')
	.optional()
	.describe(
		"Where this group's rule and the medicines in it come from (a guideline, a classification, a leaflet), for whoever reviews the rules. Never shown to patients.",
	);

const daysBefore = z
	.int('Use a whole number of days.')
	.min(DAYS_BEFORE.min, 'Use 0 or more days (0 means only the treatment day is free of the medicine).')
	.max(DAYS_BEFORE.max, `Use ${DAYS_BEFORE.max} days or fewer; for longer holds, ask patients to call the clinic.`);

/** A group of medicines stopped for some days before treatment. */
const stopBeforeGroupSchema = z
	.strictObject({
		/** Short id used by medicines and in shared links. */
		id: id.describe('Short id used by medicines and in shared links, for example "nsaid".'),
		/** `stopBefore`: patients stop these medicines before treatment. */
		kind: z.literal('stopBefore').describe('"stopBefore": patients stop these medicines before treatment.'),
		/** The group's name for patients. */
		name: localizedTextSchema.describe('The name of the group for patients, per language.'),
		/** What patients should know about this group, in plain words. */
		note: localizedTextSchema.describe('What patients should know about this group, in plain words, per language.'),
		/** Where the group's rule and its medicines come from; for whoever reviews the rules, never shown to patients. */
		source,
		/** Calendar days before the treatment day without the medicine. Default: `holdDaysBefore`. Not for prescriber groups. */
		daysBefore: daysBefore
			.optional()
			.describe(
				'Calendar days before the treatment day without the medicine; the treatment day is free too. Leave out to use holdDaysBefore. Not allowed with needsPrescriberAgreement: those days come from the prescriber.',
			),
		/** First day the medicine may be taken again, counted from the treatment day. Leave out: "ask your clinic". */
		restartDaysAfter: z
			.int('Use a whole number of days.')
			.min(RESTART_DAYS_AFTER.min, 'Use 1 or more: 1 means the day after treatment.')
			.max(RESTART_DAYS_AFTER.max, `Use ${RESTART_DAYS_AFTER.max} days or fewer.`)
			.optional()
			.describe(
				'The medicine may be taken again on the treatment day plus this many days. Leave out to tell patients to ask the clinic. Not allowed with needsPrescriberAgreement.',
			),
		/** When true, the site never tells patients to stop: it shows dates only once they confirm the prescriber agreed. */
		needsPrescriberAgreement: z
			.boolean()
			.default(false)
			.describe(
				'When true (blood thinners, antiplatelets), the site never tells patients to stop and never uses the clinic\'s days: it asks them to talk to the prescriber, and once they confirm the prescriber agreed, shows the dates from the days the prescriber gave.',
			),
	})
	.describe('A group of medicines that patients stop for some days before treatment.');

/**
 * A group with no days at all: only its kind, name and note. `keepTaking` (paracetamol) and
 * `askClinic` (metamizole, supplements that affect bleeding) share this shape.
 */
function plainGroupSchema<Kind extends 'keepTaking' | 'askClinic'>(kind: Kind, kindMeaning: string, example: string, meaning: string) {
	return z
		.strictObject({
			/** Short id used by medicines and in shared links. */
			id: id.describe(`Short id used by medicines and in shared links, for example "${example}".`),
			/** What patients do with these medicines. */
			kind: z.literal(kind).describe(`"${kind}": ${kindMeaning}`),
			/** The group's name for patients. */
			name: localizedTextSchema.describe('The name of the group for patients, per language.'),
			/** What patients should know about this group, in plain words. */
			note: localizedTextSchema.describe('What patients should know about this group, in plain words, per language.'),
			/** Where the group's rule and its medicines come from; for whoever reviews the rules, never shown to patients. */
			source,
		})
		.describe(meaning);
}

/** A group of medicines patients keep taking. */
const keepTakingGroupSchema = plainGroupSchema(
	'keepTaking',
	'patients keep taking these medicines.',
	'paracetamol',
	'A group of medicines that patients keep taking, such as paracetamol.',
);

/** A group of medicines the clinic wants to hear about before it says whether to stop them. */
const askClinicGroupSchema = plainGroupSchema(
	'askClinic',
	'patients ask the clinic whether to stop these medicines; no dates are shown.',
	'metamizole',
	'A group of medicines that patients ask the clinic about, such as supplements that can affect bleeding.',
);

/** A group of medicines and its rule. */
export const medicineGroupSchema = z
	.discriminatedUnion('kind', [stopBeforeGroupSchema, keepTakingGroupSchema, askClinicGroupSchema], {
		error: 'Set kind to "stopBefore", "keepTaking" or "askClinic".',
	})
	.describe('A group of medicines and its rule.');

/** A medicine patients can find by any of its names. */
export const medicineSchema = z
	.strictObject({
		/** Short id used in shared links. */
		id: id.describe('Short id used in shared links, for example "ibuprofen".'),
		/** The id of the group whose rule applies to this medicine. Leave out for a combination product. */
		group: id
			.optional()
			.describe('The id of the group whose rule applies to this medicine. Leave it out for a combination product that lists its ingredients.'),
		/** A combination product's ingredients, as ids of other medicines; its group is the strictest one's. */
		ingredients: z
			.array(id)
			.min(1, 'List at least one ingredient, or leave ingredients out and give group instead.')
			.optional()
			.describe(
				'For a combination product: the ids of the medicines in it that have a rule, like [aspirin-for-pain, paracetamol]. Its group is worked out from the strictest one, so give no group.',
			),
		/** How a packet's list of ingredients names this medicine, when that differs from `generic`. */
		listedAs: localizedTextSchema
			.optional()
			.describe('How a packet\'s list of ingredients names this medicine, when that differs from generic: { en: "aspirin (acetylsalicylic acid)" }.'),
		/** The generic (active ingredient) name, per language. */
		generic: localizedTextSchema.describe('The generic (active ingredient) name, per language: { en: "naproxen", tr: "naproksen" }.'),
		/** Other generic names patients may know, per language (acetaminophen for paracetamol). */
		otherNames: localizedListSchema
			.default({})
			.describe('Other generic names patients may know, per language, for example { en: ["acetaminophen"] }.'),
		/** Brand names on the box in each language's country. */
		brands: localizedListSchema
			.default({})
			.describe('Brand names on the box, per language of the country where they are sold: { en: ["Nurofen"], tr: ["Dolven"] }.'),
	})
	.describe('A medicine patients can find by its generic or brand name.');

/**
 * The clinic's medication rules. Every key has a default, so `{}` gives the standard rules.
 * Giving `groups` or `medicines` replaces the whole default list: start from a copy of
 * ./default-rules.json and change what differs.
 */
export const medicationRulesSchema = z
	.strictObject({
		/** The clinic's default stop period, in calendar days before treatment (source text: 3). */
		holdDaysBefore: daysBefore
			.default(defaults.holdDaysBefore)
			.describe(
				'Calendar days before treatment without anti-inflammatory painkillers, used by every stopBefore group that sets no daysBefore. The clinic text says 3.',
			),
		/** The groups of medicines and their rules. */
		groups: z
			.array(medicineGroupSchema)
			.min(1, 'List at least one group.')
			.prefault(DEFAULT_GROUPS as z.input<typeof medicineGroupSchema>[])
			.describe('The groups of medicines and their rules. Giving this list replaces the default groups.'),
		/** The medicines patients can search for, each mapped to a group. */
		medicines: z
			.array(medicineSchema)
			.prefault(DEFAULT_MEDICINES as z.input<typeof medicineSchema>[])
			.describe('The medicines patients can search for, each mapped to a group. Giving this list replaces the default medicines.'),
	})
	.check((ctx) => {
		// Cross-references are checked only once every field is valid, so one mistake gives one message.
		if (ctx.issues.length > 0) return;
		for (const issue of validateMedicationRules(ctx.value)) {
			ctx.issues.push({ code: 'custom', input: ctx.value, path: [...issue.path], message: issue.message });
		}
	})
	.transform((rules) => ({
		holdDaysBefore: rules.holdDaysBefore,
		groups: rules.groups.map(resolveGroup(rules.holdDaysBefore)),
		medicines: rules.medicines.map((medicine) => resolveMedicine(medicine, rules)),
	}))
	.describe("The clinic's medication rules for the medication dates calculator.");

/**
 * A group as the calculators use it. A prescriber group becomes its own kind with no day count
 * at all, so no code path can give it the clinic's days (docs/medicine-groups.md).
 */
function resolveGroup(holdDaysBefore: number) {
	return (group: z.output<typeof medicineGroupSchema>) => {
		const { id, name, note } = group;
		// The source is for the reviewer: the calculators, and the pages' data, never carry it.
		if (group.kind === 'keepTaking') return { id, kind: group.kind, name, note };
		if (group.kind === 'askClinic') return { id, kind: group.kind, name, note };
		if (group.needsPrescriberAgreement) return { id, kind: 'prescriberDecides' as const, name, note };
		return {
			id,
			kind: group.kind,
			name,
			note,
			daysBefore: group.daysBefore ?? holdDaysBefore,
			restartDaysAfter: group.restartDaysAfter ?? null,
		};
	};
}

type MedicineInputShape = z.output<typeof medicineSchema>;

/** A medicine as the calculators use it: its group, and for a combination product what puts it there. */
export type ResolvedMedicine = {
	readonly id: string;
	readonly group: string;
	readonly generic: Record<string, string>;
	readonly otherNames: Record<string, string[]>;
	readonly brands: Record<string, string[]>;
	/** A combination product's strictest ingredient, as a packet names it: the answer says "contains aspirin". */
	readonly contains?: Record<string, string> | undefined;
};

/**
 * A combination product takes the group of its strictest ingredient (./strictest-ingredient.ts),
 * computed here, never written by hand; the settings checks make sure there is one.
 */
function resolveMedicine(medicine: MedicineInputShape, rules: { groups: readonly z.output<typeof medicineGroupSchema>[]; medicines: readonly MedicineInputShape[]; holdDaysBefore: number }): ResolvedMedicine {
	const { id, generic, otherNames, brands } = medicine;
	const strictest = medicine.ingredients && strictestIngredient(medicine.ingredients, rules);
	if (!strictest) return { id, group: medicine.group ?? '', generic, otherNames, brands };
	const ingredient = rules.medicines.find((candidate) => candidate.id === strictest.ingredientId);
	return { id, group: strictest.groupId, generic, otherNames, brands, contains: ingredient?.listedAs ?? ingredient?.generic };
}

/** The standard rules: the clinic text's 3 days, and the groups and medicines of docs/medicine-groups.md. */
export const defaultMedicationRules = medicationRulesSchema.parse({});
