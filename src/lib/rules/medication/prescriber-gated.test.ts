import { expect, test } from 'vitest';
import { isPrescriberGated } from './prescriber-gated.ts';
import { defaultMedicationRules } from './schema.ts';

test('blood thinners and antiplatelets are gated by their prescriber; nothing else is', () => {
	const gated = defaultMedicationRules.groups.filter((group) => isPrescriberGated(defaultMedicationRules, group.id)).map((group) => group.id);
	expect(gated).toEqual(['anticoagulant', 'antiplatelet']);
	expect(isPrescriberGated(defaultMedicationRules, 'no-such-group')).toBe(false);
});
