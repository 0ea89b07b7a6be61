import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { languageCodes } from '../../../i18n/languages.ts';
import { readUtf8 } from '../files/read-text.ts';
import type { IsoDate } from '../../rules/dates/iso-date.ts';
import { ownExerciseProblems } from '../exercise/published.ts';
import { checkControlCharacters, checkMissingLanguages, checkTextLanguages, checkTextLengths } from './checks.ts';
import { buildDayProblems } from './build-day.ts';
import { formatPath, friendlyIssues, problemSentence, type EnvSources } from './friendly-errors.ts';
import { firstTag, tagMessage } from './yaml-checks.ts';
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
		// The message says everything; a stack trace would only hide it.
		this.stack = this.message;
	}
}

export interface ParseOptions {
	/** The site's public folder: when given, the logo must be a file in it. */
	publicDir?: string;
	/** Fields set from the environment rather than the file, named in messages. */
	env?: EnvSources;
	/** The build's day: closures must lie near it, and it dates the warnings. Checked only when given. */
	today?: IsoDate;
	/** Told each warning: a mistake the site can still be built with, in one sentence. */
	onWarning?: (warning: string) => void;
}

/**
 * Validates settings already read from YAML (or written in a test) and fills in defaults.
 * Throws a {@link SettingsError} whose problems name `file` (or the environment variable) and
 * the field.
 */
export function parseSettings(data: unknown, file: string, { publicDir, env = {}, today, onWarning }: ParseOptions = {}): Settings {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new SettingsError([`${file}: the file is empty or is not a list of settings; start from the example clinic.yaml.`]);
	}
	const result = settingsSchema.safeParse(data);
	if (!result.success) throw new SettingsError(friendlyIssues(file, data, result.error.issues, env));
	const problems = [...checkControlCharacters(data), ...checkTextLengths(data), ...checkTextLanguages(data, languageCodes)].map((p) =>
		problemSentence(file, p.path, p.value, p.message, env),
	);
	const day = today === undefined ? undefined : buildDayProblems(result.data, today);
	problems.push(...(day?.errors ?? []).map((p) => problemSentence(file, p.path, p.value, p.message, env)));
	const logo = result.data.clinic.logo;
	if (logo && publicDir) {
		const path = join(publicDir, ...logo.slice(1).split('/'));
		if (!existsSync(path) || !statSync(path).isFile()) {
			problems.push(
				problemSentence(file, ['clinic', 'logo'], logo, `names no file in the public folder; put the logo at public${logo}, or remove the line to show the clinic’s name only`),
			);
		}
	}
	if (publicDir) {
		problems.push(...ownExerciseProblems(result.data.exercises, result.data.languages.enabled, file, (path) => existsSync(join(publicDir, path))));
	}
	if (problems.length > 0) throw new SettingsError(problems);
	for (const warning of checkMissingLanguages(data, result.data.languages.enabled)) onWarning?.(`${file}: ${formatPath(warning.path)} ${warning.message}.`);
	for (const warning of day?.warnings ?? []) onWarning?.(`${file}: ${formatPath(warning.path)} ${warning.message}.`);
	return result.data;
}

/** Environment overrides for a deploy: the settings file, the site address and its base path. */
export interface SettingsEnv {
	CLINIC_SETTINGS?: string | undefined;
	SITE_URL?: string | undefined;
	BASE_PATH?: string | undefined;
}

/** Where an alias that cannot be expanded is, and why: the first alias YAML could not use. */
function aliasProblem(doc: Document, error: Error): { offset: number; text: string } | undefined {
	let found: { offset: number; text: string } | undefined;
	visit(doc, {
		Alias(_, node) {
			const unresolved = node.resolve(doc) === undefined;
			if (found || (!unresolved && !/alias count/i.test(error.message))) return;
			found = {
				offset: node.range?.[0] ?? 0,
				text: unresolved
					? `the alias *${node.source} names no anchor &${node.source} above it; set the anchor first or write the value out in full`
					: `the alias *${node.source} expands to too much (aliases of aliases); write the values out in full`,
			};
		},
	});
	return found;
}

/**
 * Reads YAML text into plain data, or one sentence naming the file, line and column of the
 * first mistake (never a stack trace).
 */
export function readYaml(source: string, file: string): unknown {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number) => {
		const { line, col } = lines.linePos(offset);
		return `${file}, line ${line}, column ${col}`;
	};
	const [error] = doc.errors;
	const tag = error ? undefined : firstTag(doc);
	// The tag's own column, where it is written as read (`!!js/function`), else its value's.
	if (tag) throw new SettingsError([`${at(Math.max(source.lastIndexOf(tag.tag, tag.offset), 0) || tag.offset)}: ${tagMessage(tag.tag)}.`]);
	if (error) {
		const what =
			error.code === 'DUPLICATE_KEY'
				? 'this setting is given twice; keep one'
				: `this is not valid YAML (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}); check the indentation and quotes there`;
		throw new SettingsError([`${at(error.pos[0])}: ${what}.`]);
	}
	try {
		return doc.toJS({ maxAliasCount: 100 });
	} catch (thrown) {
		const problem = aliasProblem(doc, thrown instanceof Error ? thrown : new Error(String(thrown)));
		throw new SettingsError([
			problem ? `${at(problem.offset)}: ${problem.text}.` : `${file}: this YAML cannot be read (${String(thrown)}); check the anchors (&) and aliases (*).`,
		]);
	}
}

/**
 * Reads the clinic settings file (YAML) named by `CLINIC_SETTINGS`, or `clinic.yaml`, applies
 * `SITE_URL` and `BASE_PATH` overrides, and validates the result; the logo must be a file in
 * `public/`.
 */
export function loadSettings(env: SettingsEnv, cwd: string, options: Pick<ParseOptions, 'today' | 'onWarning'> = {}): Settings {
	const path = resolve(cwd, env.CLINIC_SETTINGS || DEFAULT_SETTINGS_FILE);
	const file = relative(cwd, path) || path;
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch {
		throw new SettingsError([`${file}: the settings file cannot be read; check that it exists (CLINIC_SETTINGS=${env.CLINIC_SETTINGS ?? ''}).`]);
	}
	const read = readUtf8(bytes, file);
	if (!read.ok) throw new SettingsError([read.problem]);
	let data = readYaml(read.text, file);
	const sources: Record<string, string> = {};
	if (data && typeof data === 'object' && !Array.isArray(data)) {
		const site = { ...(data as { site?: object }).site };
		if (env.SITE_URL) {
			Object.assign(site, { url: env.SITE_URL });
			sources['site.url'] = 'SITE_URL';
		}
		if (env.BASE_PATH) {
			Object.assign(site, { base: env.BASE_PATH });
			sources['site.base'] = 'BASE_PATH';
		}
		data = { ...data, site };
	}
	return parseSettings(data, file, { publicDir: join(cwd, 'public'), env: sources, ...options });
}
