import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { settingsSchema } from '../../src/lib/site/settings/schema.ts';

/* The README's settings table documents every setting the schema accepts, and no other. */
test('the README documents every clinic setting', () => {
	const readme = readFileSync('README.md', 'utf8');
	const missing: string[] = [];
	let checked = 0;
	for (const [section, schema] of Object.entries(settingsSchema.shape)) {
		const inner = 'unwrap' in schema && typeof schema.unwrap === 'function' ? schema.unwrap() : schema;
		const shape = (inner as { shape?: Record<string, unknown> }).shape ?? {};
		for (const key of Object.keys(shape)) {
			checked += 1;
			if (!readme.includes(`\`${section}.${key}`)) missing.push(`${section}.${key}`);
		}
	}
	expect(missing).toEqual([]);
	expect(checked).toBeGreaterThanOrEqual(20);
});

test('the README gives the two commands and the test command', () => {
	const readme = readFileSync('README.md', 'utf8');
	expect(readme).toContain('npm ci && npm start');
	expect(readme).toContain('npm test');
});
