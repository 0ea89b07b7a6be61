import type { z } from 'zod';
import { languageCodes } from '../../../i18n/languages.ts';

/**
 * Writes a dotted path the way it appears in a YAML file: `treatment.sessions.max`,
 * `clinic.address[1]`.
 *
 * @example
 * formatPath(['clinic', 'address', 1]) // => 'clinic.address[1]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

/** Longer values are cut in messages, so a 10,000-character name gives a readable sentence. */
const SHOWN_LENGTH = 60;

/**
 * A value as a message shows it: text in quotes (cut short with its length when long), numbers
 * as written, lists and groups by name.
 *
 * @example
 * describeFound('x'.repeat(100)) // => '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)'
 */
export function describeFound(input: unknown): string {
	if (input === undefined) return 'nothing';
	if (input === null) return 'an empty value';
	if (typeof input === 'string') {
		return input.length > SHOWN_LENGTH ? `"${input.slice(0, 40)}…" (${input.length.toLocaleString('en')} characters)` : `"${input}"`;
	}
	if (typeof input === 'number' || typeof input === 'boolean') return String(input);
	if (Array.isArray(input)) return 'a list';
	return 'a group of settings';
}

/** The value at `path` in the settings as written, or undefined where there is none. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** zod's own wording for a wrong type ("Invalid input: expected string…"), in plain words. */
const TYPE_NAMES: Record<string, string> = {
	string: 'must be text, in quotes if it starts with a number or symbol',
	number: 'must be a number',
	int: 'must be a whole number',
	boolean: 'must be true or false',
	array: 'must be a list, one item per line starting with "- " or written like [a, b]',
};

/**
 * Where a value came from when it was not the settings file: `{ 'site.url': 'SITE_URL' }` means
 * site.url was set by the SITE_URL environment variable, and its messages say so.
 */
export type EnvSources = Readonly<Record<string, string>>;

/**
 * One plain sentence about one field: the file (or the environment variable the value came
 * from), the field, what was found and what to do.
 *
 * @example
 * problemSentence('clinic.yaml', ['treatment', 'courseMaxMonths'], 0, 'must be 1 or more')
 * // => 'clinic.yaml: treatment.courseMaxMonths is 0; it must be 1 or more.'
 * problemSentence('clinic.yaml', ['site', 'base'], '/../', 'must start and end with /', { 'site.base': 'BASE_PATH' })
 * // => 'The BASE_PATH environment variable is "/../"; it must start and end with /.'
 */
export function problemSentence(file: string, path: readonly PropertyKey[], value: unknown, message: string, env: EnvSources = {}): string {
	const where = path.length > 0 ? formatPath(path) : 'the file';
	const found = describeFound(value);
	const variable = env[where];
	const subject = variable ? `The ${variable} environment variable` : `${file}: ${where}`;
	// Messages are either a predicate ("must be …") or a whole sentence ("Use …").
	const sentence = /^[A-Z]/.test(message)
		? `${found === 'nothing' ? 'is missing' : `is ${found}`}. ${message.replace(/\.?$/, '.')}`
		: `is ${found}; it ${message}.`;
	return `${subject} ${sentence}`;
}

/**
 * Turns zod's issues into one plain sentence each, naming the file, the field, what was found
 * there and what is allowed, so a clinic can fix its settings without reading code.
 *
 * @example
 * friendlyIssues('clinic.yaml', { branding: { primaryColour: 'blue' } }, [{ code: 'custom',
 *   path: ['branding', 'primaryColour'], input: 'blue',
 *   message: 'must be a colour written as # and six hex digits, like "#005eb8"' }])
 * // => ['clinic.yaml: branding.primaryColour is "blue"; it must be a colour written as # and six hex digits, like "#005eb8".']
 */
export function friendlyIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[], env: EnvSources = {}): string[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			const parent = valueAt(data, issue.path);
			const perLanguage = parent !== null && typeof parent === 'object' && Object.values(parent).every((v) => typeof v === 'string');
			return issue.keys.map((key) => {
				const where = formatPath([...issue.path, key]);
				if (perLanguage && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(key)) {
					return `${file}: ${where} is text in "${key}", a language this site does not have; give the text in ${languageCodes.join(' or ')} only, or remove the "${key}" line.`;
				}
				return `${file}: ${where} is not a setting this site knows; check its spelling or remove it.`;
			});
		}
		const value = valueAt(data, issue.path);
		const last = String(issue.path.at(-1) ?? '');
		if (issue.code === 'invalid_type' && issue.expected === 'object') {
			if (value === undefined) {
				return [`${file}: the "${last}:" section${issue.path.length > 1 ? ` of ${formatPath(issue.path.slice(0, -1))}` : ''} is missing; add it as the example clinic.yaml shows.`];
			}
			return [problemSentence(file, issue.path, value, `must be a group of settings, each on its own indented line below "${last}:"`, env)];
		}
		const plain = issue.code === 'invalid_type' && issue.message.startsWith('Invalid input') ? TYPE_NAMES[issue.expected] : undefined;
		return [problemSentence(file, issue.path, value, plain ?? issue.message, env)];
	});
}
