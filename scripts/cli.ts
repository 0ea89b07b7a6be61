/**
 * The value after `--name` on the command line, or undefined.
 *
 * @example
 * option('dir', ['node', 'budget.ts', '--dir', 'dist-test']) // => 'dist-test'
 */
export function option(name: string, argv: readonly string[] = process.argv): string | undefined {
	const i = argv.indexOf(`--${name}`);
	return i > 0 ? argv[i + 1] : undefined;
}
