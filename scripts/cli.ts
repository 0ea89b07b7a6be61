/**
 * Every value given after `--name` on the command line, in order.
 *
 * @example
 * options('dir', ['node', 'nu-check.ts', '--dir', 'dist-test', '--dir', 'dist-test-tr']) // => ['dist-test', 'dist-test-tr']
 */
export function options(name: string, argv: readonly string[] = process.argv): string[] {
	return argv.flatMap((arg, i) => (arg === `--${name}` && argv[i + 1] !== undefined ? [argv[i + 1] as string] : []));
}

/**
 * The (first) value after `--name` on the command line, or undefined.
 *
 * @example
 * option('dir', ['node', 'budget.ts', '--dir', 'dist-test']) // => 'dist-test'
 */
export function option(name: string, argv: readonly string[] = process.argv): string | undefined {
	return options(name, argv)[0];
}
