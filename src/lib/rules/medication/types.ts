import type { z } from 'zod';
import type { medicationRulesSchema, medicineGroupSchema, medicineSchema } from './schema.ts';

/*
 * The types of the clinic's medication rules, inferred from the zod schema (./schema.ts) so they
 * are written once. Type-only imports: they vanish when compiled, so the browser islands can use
 * these types without loading zod (src/lib/runtime-imports.test.ts checks it).
 */

export type { LanguageCode, LocalizedList, LocalizedText } from '../localized-text.ts';

/** The validated medication rules: what `medicationRulesSchema` gives. */
export type MedicationRules = z.output<typeof medicationRulesSchema>;

/** A group of medicines and its rule, as the calculators use it. */
export type MedicineGroup = MedicationRules['groups'][number];

/** A group the clinic asks patients to stop for `daysBefore` calendar days before treatment. */
export type StopBeforeGroup = Extract<MedicineGroup, { kind: 'stopBefore' }>;

/** Blood thinners and antiplatelets: only the prescriber's days, never the clinic's. */
export type PrescriberGroup = Extract<MedicineGroup, { kind: 'prescriberDecides' }>;

/** One medicine, found by its generic name, other names or brand names. */
export type Medicine = MedicationRules['medicines'][number];

/** The medication rules as a clinic writes them: every key may be left out. */
export type MedicationRulesInput = z.input<typeof medicationRulesSchema>;

/** A group as a clinic writes it in its settings (see ./schema.ts for every key). */
export type MedicineGroupInput = z.input<typeof medicineGroupSchema>;

/** A medicine as a clinic writes it in its settings (see ./schema.ts for every key). */
export type MedicineInput = z.input<typeof medicineSchema>;
