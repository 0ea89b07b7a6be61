/*
 * The shape of the clinic's medication rules after validation. Kept apart from the zod schema
 * (./schema.ts) so the browser islands can use these types and the rules without loading zod.
 */

/** A language code such as `en` or `tr` (BCP 47, as in the page's `lang` attribute). */
export type LanguageCode = string;

/** Patient-facing text in one or more languages, keyed by language code. */
export type LocalizedText = Readonly<Record<LanguageCode, string>>;

/** Patient-facing names in one or more languages, keyed by language code. */
export type LocalizedList = Readonly<Record<LanguageCode, readonly string[]>>;

/** A group of medicines the clinic asks patients to stop for some days before treatment. */
export type StopBeforeGroup = {
	readonly id: string;
	readonly kind: 'stopBefore';
	readonly name: LocalizedText;
	readonly note: LocalizedText;
	/** Calendar days before the treatment day without the medicine (the treatment day is free too). */
	readonly daysBefore: number;
	/** The medicine may be taken again on treatment day plus this many days; `null`: ask. */
	readonly restartDaysAfter: number | null;
	/** Dates are shown only after the patient confirms the prescriber agreed (blood thinners). */
	readonly needsPrescriberAgreement: boolean;
};

/** A group of medicines patients keep taking (paracetamol, low-dose aspirin for the heart). */
export type KeepTakingGroup = {
	readonly id: string;
	readonly kind: 'keepTaking';
	readonly name: LocalizedText;
	readonly note: LocalizedText;
};

export type MedicineGroup = StopBeforeGroup | KeepTakingGroup;

/** One medicine, found by its generic name, other names or brand names. */
export type Medicine = {
	readonly id: string;
	/** The id of the group whose rule applies. */
	readonly group: string;
	readonly generic: LocalizedText;
	readonly otherNames: LocalizedList;
	readonly brands: LocalizedList;
};

/** The validated medication rules: what `medicationRulesSchema` gives. */
export type MedicationRules = {
	readonly holdDaysBefore: number;
	readonly groups: readonly MedicineGroup[];
	readonly medicines: readonly Medicine[];
};

/** A group as a clinic writes it in its settings (see ./schema.ts for every key). */
export type MedicineGroupInput =
	| {
			id: string;
			kind: 'stopBefore';
			name: Record<LanguageCode, string>;
			note: Record<LanguageCode, string>;
			daysBefore?: number | undefined;
			restartDaysAfter?: number | undefined;
			needsPrescriberAgreement?: boolean | undefined;
	  }
	| {
			id: string;
			kind: 'keepTaking';
			name: Record<LanguageCode, string>;
			note: Record<LanguageCode, string>;
	  };

/** A medicine as a clinic writes it in its settings (see ./schema.ts for every key). */
export type MedicineInput = {
	id: string;
	group: string;
	generic: Record<LanguageCode, string>;
	otherNames?: Record<LanguageCode, string[]> | undefined;
	brands?: Record<LanguageCode, string[]> | undefined;
};

/** The medication rules as a clinic writes them: every key may be left out. */
export type MedicationRulesInput = {
	holdDaysBefore?: number | undefined;
	groups?: MedicineGroupInput[] | undefined;
	medicines?: MedicineInput[] | undefined;
};
