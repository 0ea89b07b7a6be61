import { expect, test } from 'vitest';
import { qrPath } from './QrCode.tsx';

test('the site’s links stay small codes: version 5 (37 modules) up to 106 characters, version 6 beyond', () => {
	// A letter's link for a clinic under a folder: the Turkish calculator, a brand name.
	const letter = 'https://riverside-clinic.example.org/patients/tr/medication-dates/#t=2027-03-12&m=rivaroxaban.xarelto';
	expect(letter.length).toBe(101);
	expect(qrPath(letter).size).toBe(37 + 8);
	// A long one: the Turkish planner with moved sessions.
	const planner = 'https://riverside-clinic.example.org/patients/tr/plan-your-sessions/#f=2027-03-08&n=6&w=4&mv=2,3&m=rivaroxaban.xarelto';
	expect(qrPath(planner).size).toBe(41 + 8);
	expect(qrPath('https://a.example/#t=2027-03-12').path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
});
