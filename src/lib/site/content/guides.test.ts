import { expect, test } from 'vitest';
import { checkGuideOrder, guidesInOrder, splitGuideId } from './guides.ts';

test('splitGuideId reads the language folder and the slug', () => {
	expect(splitGuideId('tr/costs')).toEqual({ ok: true, lang: 'tr', slug: 'costs' });
	expect(splitGuideId('fr/costs')).toEqual({
		ok: false,
		problem: 'src/content/guides/fr/costs.mdx: a guide must sit in a language folder, like src/content/guides/en/costs.mdx',
	});
});

test('two guides of one language may not share an order', () => {
	const guides = [
		{ id: 'en/a', lang: 'en', slug: 'a', order: 1, title: 'A' },
		{ id: 'en/b', lang: 'en', slug: 'b', order: 1, title: 'B' },
		{ id: 'tr/a', lang: 'tr', slug: 'a', order: 1, title: 'A' },
	] as const;
	expect(checkGuideOrder(guides)).toEqual([
		'src/content/guides/en/b.mdx: order 1 is already used by src/content/guides/en/a.mdx; give each guide its own place in the journey',
	]);
	expect(guidesInOrder([...guides], 'tr').map((g) => g.id)).toEqual(['tr/a']);
});
