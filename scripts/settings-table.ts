/**
 * `npm run settings-table`: writes the README's table of clinic settings from the settings
 * schema, so the table is never kept by hand. Each row's meaning is the setting's `.describe()`,
 * its default and whether it is required come from the schema too, through zod 4's
 * `z.toJSONSchema` (as a clinic writes the file: `io: 'input'`, where a setting with a default
 * is optional). `tests/unit/readme.test.ts` fails when the README's table differs; this script
 * rewrites it (`npm run settings-table -- --check` only says whether it would).
 *
 * Rows: every setting of an object, and of each item of a list of objects (`clinic.closures[].from`).
 * A list whose items take several shapes (`medication.groups`) is described in its own row and
 * in the README's text below the table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { settingsSchema } from '../src/lib/site/settings/schema.ts';

/** The part of a JSON Schema the table reads. */
export interface JsonSchema {
	type?: string;
	description?: string;
	default?: unknown;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
}

export interface SettingRow {
	/** The setting's path in clinic.yaml, like `treatment.sessions.default` or `clinic.closures[].from`. */
	path: string;
	/** Whether the setting must be given (inside another setting or list item: whenever that is given). */
	required: boolean;
	/** The default as the table shows it; empty when there is none to show. */
	defaultText: string;
	/** The `.describe()` text; empty when the schema has none (the test refuses that). */
	meaning: string;
}

/** The lines of the README that the table stands between. */
export const TABLE_START = '<!-- settings-table: written by `npm run settings-table` from the settings schema; do not edit by hand -->';
export const TABLE_END = '<!-- /settings-table -->';

/** The settings schema as JSON Schema, as a clinic writes the file. */
export function settingsJsonSchema(): JsonSchema {
	return z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const isPlain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * A default as the table shows it.
 *
 * @example
 * formatDefault(6, false) // => '`6`'
 * formatDefault(['monday', 'friday'], false) // => '`[monday, friday]`'
 * formatDefault({ min: 4, max: 15 }, false) // => '`{ min: 4, max: 15 }`'
 * formatDefault({}, false, true) // => 'from its settings'
 * formatDefault([], false) // => 'none'
 * formatDefault(undefined, true) // => ''
 */
export function formatDefault(value: unknown, required: boolean, hasSettings = false): string {
	if (value === undefined) return required ? '' : 'none';
	if (Array.isArray(value)) {
		if (value.length === 0) return 'none';
		return value.every(isPlain) ? `\`[${value.join(', ')}]\`` : `${value.length} built in`;
	}
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value);
		if (entries.length > 0 && entries.every(([, v]) => isPlain(v))) return `\`{ ${entries.map(([k, v]) => `${k}: ${String(v)}`).join(', ')} }\``;
		return hasSettings ? 'from its settings' : 'none';
	}
	return `\`${String(value)}\``;
}

/** The rows of the settings below `schema`, depth first, in the schema's order. */
export function settingRows(schema: JsonSchema, prefix = ''): SettingRow[] {
	const rows: SettingRow[] = [];
	for (const [key, setting] of Object.entries(schema.properties ?? {})) {
		const path = `${prefix}${key}`;
		const required = schema.required?.includes(key) ?? false;
		rows.push({ path, required, defaultText: formatDefault(setting.default, required, setting.properties !== undefined), meaning: setting.description ?? '' });
		if (setting.properties) rows.push(...settingRows(setting, `${path}.`));
		if (setting.type === 'array' && setting.items?.properties) rows.push(...settingRows(setting.items, `${path}[].`));
	}
	return rows;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * The settings table in Markdown.
 *
 * @example
 * settingsTable([{ path: 'site.base', required: false, defaultText: '`/`', meaning: 'The folder.' }])
 * // => '| setting | required | default | meaning |\n| --- | --- | --- | --- |\n| `site.base` | no | `/` | The folder. |'
 */
export function settingsTable(rows: readonly SettingRow[]): string {
	return [
		'| setting | required | default | meaning |',
		'| --- | --- | --- | --- |',
		...rows.map((row) => `| \`${row.path}\` | ${row.required ? 'yes' : 'no'} | ${cell(row.defaultText)} | ${cell(row.meaning)} |`),
	].join('\n');
}

/** The README with its settings table, between the two marker lines, written anew. */
export function withSettingsTable(readme: string, table: string): string {
	const start = readme.indexOf(TABLE_START);
	const end = readme.indexOf(TABLE_END);
	if (start < 0 || end < start) throw new Error(`README.md has no settings table: put the lines\n${TABLE_START}\n${TABLE_END}\nwhere it goes.`);
	return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const file = join(process.cwd(), 'README.md');
	const readme = readFileSync(file, 'utf8');
	const written = withSettingsTable(readme, settingsTable(settingRows(settingsJsonSchema())));
	if (process.argv.includes('--check')) {
		console.log(written === readme ? 'README.md: the settings table matches the schema.' : 'README.md: the settings table differs from the schema; run `npm run settings-table`.');
		process.exit(written === readme ? 0 : 1);
	}
	writeFileSync(file, written);
	console.log(written === readme ? 'README.md: the settings table already matches the schema.' : 'README.md: settings table written from the schema.');
}
