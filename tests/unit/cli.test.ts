import { expect, test } from 'vitest';
import { option, options } from '../../scripts/cli.ts';

test('a script reads one value after its --name, or every one when the option repeats', () => {
	const argv = ['node', 'nu-check.ts', '--dir', 'dist-test', '--base', '/b/', '--dir', 'dist-test-tr'];
	expect(option('base', argv)).toBe('/b/');
	expect(options('dir', argv)).toEqual(['dist-test', 'dist-test-tr']);
	expect(options('only', argv)).toEqual([]);
	expect(options('dir', ['node', 'x.ts', '--dir'])).toEqual([]);
});
