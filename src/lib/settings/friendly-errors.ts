import type { z } from 'zod';

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

function describeFound(input: unknown): string {
	if (input === undefined) return 'nothing';
	if (input === null) return 'an empty value';
	if (typeof input === 'string') return `"${input}"`;
	if (typeof input === 'number' || typeof input === 'boolean') return String(input);
	if (Array.isArray(input)) return 'a list';
	return 'a group of settings';
}

/** The value at `path` in the settings as written, or undefined where there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
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
export function friendlyIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const where = formatPath([...issue.path, key]);
				return `${file}: ${where} is not a setting this site knows; check its spelling or remove it.`;
			});
		}
		const where = issue.path.length > 0 ? formatPath(issue.path) : 'the file';
		const found = describeFound(valueAt(data, issue.path));
		// Messages are either a predicate ("must be …") or a whole sentence ("Use …").
		const sentence = /^[A-Z]/.test(issue.message)
			? `${found === 'nothing' ? 'is missing' : `is ${found}`}. ${issue.message.replace(/\.?$/, '.')}`
			: `is ${found}; it ${issue.message}.`;
		return [`${file}: ${where} ${sentence}`];
	});
}
