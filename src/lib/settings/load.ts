import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { friendlyIssues } from './friendly-errors.ts';
import { settingsSchema, type Settings } from './schema.ts';

/** The example clinic's settings, used when CLINIC_SETTINGS names no other file. */
export const DEFAULT_SETTINGS_FILE = 'clinic.yaml';

/** A settings file that cannot be used; `problems` holds one plain sentence per fault. */
export class SettingsError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`The clinic settings need fixing before the site can be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'SettingsError';
		this.problems = problems;
	}
}

/**
 * Validates settings already read from YAML (or written in a test) and fills in defaults.
 * Throws a {@link SettingsError} whose problems name `file` and the field.
 */
export function parseSettings(data: unknown, file: string): Settings {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new SettingsError([`${file}: the file is empty or is not a list of settings; start from the example clinic.yaml.`]);
	}
	const result = settingsSchema.safeParse(data);
	if (!result.success) throw new SettingsError(friendlyIssues(file, data, result.error.issues));
	return result.data;
}

/** Environment overrides for a deploy: the settings file, the site address and its base path. */
export interface SettingsEnv {
	CLINIC_SETTINGS?: string | undefined;
	SITE_URL?: string | undefined;
	BASE_PATH?: string | undefined;
}

/**
 * Reads the clinic settings file (YAML) named by `CLINIC_SETTINGS`, or `clinic.yaml`, applies
 * `SITE_URL` and `BASE_PATH` overrides, and validates the result.
 */
export function loadSettings(env: SettingsEnv, cwd: string): Settings {
	const path = resolve(cwd, env.CLINIC_SETTINGS || DEFAULT_SETTINGS_FILE);
	const file = relative(cwd, path) || path;
	let source: string;
	try {
		source = readFileSync(path, 'utf8');
	} catch {
		throw new SettingsError([`${file}: the settings file cannot be read; check that it exists (CLINIC_SETTINGS=${env.CLINIC_SETTINGS ?? ''}).`]);
	}
	let data: unknown;
	try {
		data = parse(source, { prettyErrors: true });
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const line = error.linePos?.[0].line;
			throw new SettingsError([
				`${file}${line ? `, line ${line}` : ''}: this is not valid YAML (${error.code}); check the indentation and quotes there.`,
			]);
		}
		throw error;
	}
	if (data && typeof data === 'object' && !Array.isArray(data)) {
		const site = { ...(data as { site?: object }).site };
		if (env.SITE_URL) Object.assign(site, { url: env.SITE_URL });
		if (env.BASE_PATH) Object.assign(site, { base: env.BASE_PATH });
		data = { ...data, site };
	}
	return parseSettings(data, file);
}
