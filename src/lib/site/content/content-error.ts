/**
 * Content that cannot be built (guides, exercise sheets): one message listing every problem, each
 * naming its file. It carries no stack trace: Astro prints one only when there is one, and this
 * message is all a clinic needs.
 *
 * @example
 * new ContentError('guides', ['en/costs.mdx, line 3: …']).message
 * // => 'The guides need fixing before the site can be built:\n  - en/costs.mdx, line 3: …'
 */
export class ContentError extends Error {
	constructor(what: string, problems: readonly string[]) {
		super(`The ${what} need fixing before the site can be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
		this.stack = '';
	}
}
