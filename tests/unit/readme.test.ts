import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { settingRows, settingsJsonSchema, settingsTable, TABLE_END, TABLE_START, withSettingsTable, type JsonSchema } from '../../scripts/settings-table.ts';
import { settingsSchema } from '../../src/lib/site/settings/schema.ts';

const readme = readFileSync('README.md', 'utf8');

/* The README's settings table documents every setting the schema accepts, and no other. */
test('the README documents every clinic setting', () => {
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

describe('the settings table is written from the schema', () => {
	const rows = settingRows(settingsJsonSchema());

	test('the README holds the table the schema writes (run `npm run settings-table` to write it)', () => {
		expect(readme).toContain(`${TABLE_START}\n${settingsTable(rows)}\n${TABLE_END}`);
	});

	test('every setting says what it means (a `.describe()` in the schema)', () => {
		expect(rows.filter((row) => row.meaning.trim() === '').map((row) => row.path)).toEqual([]);
		expect(rows.length).toBeGreaterThan(60);
	});

	test('a row carries the setting’s path, whether it is required, its default and its `.describe()`', () => {
		const schema = z.strictObject({
			site: z
				.strictObject({
					url: z.string().describe('The address.'),
					base: z.string().default('/').describe('The folder.'),
					closures: z.array(z.strictObject({ from: z.string().describe('The first day.') })).default([]).describe('Closed days.'),
				})
				.describe('Where the site is.'),
		});
		const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
		expect(settingRows(json)).toEqual([
			{ path: 'site', required: true, defaultText: '', meaning: 'Where the site is.' },
			{ path: 'site.url', required: true, defaultText: '', meaning: 'The address.' },
			{ path: 'site.base', required: false, defaultText: '`/`', meaning: 'The folder.' },
			{ path: 'site.closures', required: false, defaultText: 'none', meaning: 'Closed days.' },
			{ path: 'site.closures[].from', required: true, defaultText: '', meaning: 'The first day.' },
		]);
	});

	test('rewriting the README changes the table and nothing else', () => {
		const stale = readme.replace(/(\| `clinic\.name` \| )yes/, '$1no');
		expect(stale).not.toBe(readme);
		expect(withSettingsTable(stale, settingsTable(rows))).toBe(readme);
		expect(() => withSettingsTable('# no table', settingsTable(rows))).toThrow(/has no settings table/);
	});
});

describe('the layout section matches the tree', () => {
	const block = /## How the project is laid out\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
	/** The paths the section names: the first column of each line that does not go on from the one above. */
	const named = block
		.split('\n')
		.filter((line) => /^\S/.test(line))
		.flatMap((line) => (line.split(/\s{2,}/)[0] ?? '').split(', '));
	/** What the section need not name: tools' dotfiles, build output, the lock file and the README itself. */
	const unnamed = (entry: string) => entry.startsWith('.') || ['node_modules', 'tmp', 'README.md', 'package-lock.json'].includes(entry) || /^dist(-|$)/.test(entry);
	const files = (path: string): string[] => (statSync(path).isDirectory() ? readdirSync(path).flatMap((entry) => files(`${path}/${entry}`)) : [path]);
	const project = readdirSync('.').filter((entry) => !unnamed(entry)).flatMap(files);

	test('every path it names exists, a folder as a folder', () => {
		expect(named.length).toBeGreaterThan(20);
		expect(named.filter((path) => !existsSync(path) || statSync(path).isDirectory() !== path.endsWith('/'))).toEqual([]);
	});

	test('it names every file of the project, or a folder that holds it', () => {
		const covered = (file: string) => named.some((path) => path === file || (path.endsWith('/') && file.startsWith(path)));
		expect(project.length).toBeGreaterThan(300);
		expect([...new Set(project.filter((file) => !covered(file)).map((file) => file.split('/').slice(0, 2).join('/')))]).toEqual([]);
	});
});

test('the README gives the two commands and the test command', () => {
	expect(readme).toContain('npm ci && npm start');
	expect(readme).toContain('npm test');
});
