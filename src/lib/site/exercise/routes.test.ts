import { expect, test } from 'vitest';
import { exerciseRoutes } from './routes.ts';

test('each published exercise page in each enabled language, with its twins', () => {
	const routes = exerciseRoutes({
		defaultLang: 'tr',
		enabled: ['tr', 'en'],
		sheets: [
			{ lang: 'en', sheet: 'overview' },
			{ lang: 'tr', sheet: 'overview' },
			{ lang: 'tr', sheet: 'knee' },
		],
	});
	expect(routes).toEqual([
		{ path: 'en/exercises/', lang: 'en', kind: 'exercise', slug: 'overview', alternates: { en: 'en/exercises/', tr: 'exercises/' } },
		{ path: 'exercises/', lang: 'tr', kind: 'exercise', slug: 'overview', alternates: { en: 'en/exercises/', tr: 'exercises/' } },
		{ path: 'exercises/knee/', lang: 'tr', kind: 'exercise', slug: 'knee', alternates: { tr: 'exercises/knee/' } },
	]);
});
