import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUILD_TEST_TIMEOUT, BUILD_TIMEOUT } from '../support/patience.ts';

/*
 * The real build, run with a broken settings file, stops before building anything and prints a
 * message that names the file and the field. (The config is read first, so this takes a moment.)
 */
test('astro build stops with a plain message when clinic settings are wrong, a blood thinner outside a prescriber group included', () => {
	const dir = mkdtempSync(join(tmpdir(), 'broken-settings-'));
	const file = join(dir, 'clinic.yaml');
	const example = readFileSync('clinic.yaml', 'utf8');
	// A clinic list with warfarin in a group that does not need the prescriber's agreement (issue 28).
	const unsafeMedicines = [
		'  holdDaysBefore: 3',
		'  groups:',
		'    - { id: nsaid, kind: stopBefore, name: { en: Painkillers }, note: { en: Stop them. } }',
		'    - { id: blood-thinners, kind: stopBefore, name: { en: Blood thinners }, note: { en: Stop them. } }',
		'  medicines:',
		'    - { id: ibuprofen, group: nsaid, generic: { en: ibuprofen } }',
		'    - { id: warfarin, group: blood-thinners, generic: { en: warfarin } }',
	].join('\n');
	const broken = example
		.replace('primaryColour: "#005eb8"', 'primaryColour: "not a colour"')
		.replace('enabled: [en, tr]', 'enabled: [en, xx]')
		.replace('  holdDaysBefore: 3', unsafeMedicines);
	expect(broken).toContain('id: warfarin');
	writeFileSync(file, broken);
	const result = spawnSync('astro', ['build', '--outDir', join(dir, 'out')], {
		env: { ...process.env, CLINIC_SETTINGS: file },
		encoding: 'utf8',
		timeout: BUILD_TIMEOUT,
	});
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('The clinic settings need fixing before the site can be built:');
	expect(result.stderr).toMatch(/clinic\.yaml: branding\.primaryColour is "not a colour"; it must be a colour/);
	expect(result.stderr).toMatch(/clinic\.yaml: languages\.enabled\[1\] is "xx"; it must be one of the languages this site has: en, tr\./);
	expect(result.stderr).toMatch(
		/clinic\.yaml: medication\.groups\[1\]\.needsPrescriberAgreement is missing\. Group "blood-thinners" holds blood thinners or antiplatelets \(warfarin\), which the site must never tell a patient to stop on the clinic's days\. Set needsPrescriberAgreement: true on it\./,
	);
	expect(`${result.stdout}${result.stderr}`).not.toMatch(/Stack trace|^\s+at /m);
}, BUILD_TEST_TIMEOUT);

test('astro build stops with a plain message for an own exercise that does not fit (3 errors once gave stack traces)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'broken-settings-'));
	const file = join(dir, 'clinic.yaml');
	const example = readFileSync('clinic.yaml', 'utf8');
	const ownExercise = '  own:\n    - { id: own-wall-sit, area: hip, title: { en: Wall sit }, steps: { en: [Sit.] }, howMany: { en: 5 times }, image: /none.svg, imageAlt: { en: A wall sit } }';
	writeFileSync(file, example.replace(/^  areas: .*$/m, '  areas: [knee]').replace('  own: []', ownExercise));
	const run = () => spawnSync('astro', ['build', '--outDir', join(dir, 'out')], { env: { ...process.env, CLINIC_SETTINGS: file }, encoding: 'utf8', timeout: BUILD_TIMEOUT });
	const own = run();
	expect(own.status).toBe(1);
	expect(own.stderr).toMatch(/exercises\.own\[0\]\.area is "hip", a sheet that exercises\.areas does not publish/);
	expect(own.stderr).toMatch(/exercises\.own\[0\]\.title has no text in tr; give it in every published language\./);
	expect(own.stderr).toMatch(/exercises\.own\[0\]\.image is "\/none\.svg", but there is no such file in public\//);
	expect(`${own.stdout}${own.stderr}`).not.toMatch(/Stack trace|^\s+at /m);
}, BUILD_TEST_TIMEOUT);
