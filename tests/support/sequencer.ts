import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in: the two every-page walks (tests/browser/pages-*.test.ts) first,
 * then Vitest's own order. Vitest puts the longest file first only from the durations of an
 * earlier run, which a clean clone has none of, and otherwise the largest file first; the walks
 * are three-line files that run about a minute each, so they started last and ran on alone at
 * the end while the other workers had nothing left.
 */
export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const walks = (file: TestSpecification) => /[\\/]pages-[a-z]+\.test\.ts$/.test(file.moduleId);
		return [...sorted.filter(walks), ...sorted.filter((file) => !walks(file))];
	}
}
