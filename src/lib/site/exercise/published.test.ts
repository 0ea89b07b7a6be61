import { describe, expect, test } from 'vitest';
import { exerciseAreas, exerciseCatalogue } from './catalogue.ts';
import { isExercisePublished, ownExerciseProblems, publishedSheets } from './published.ts';
import type { ExerciseSettings, OwnExercise } from './settings-schema.ts';

const wallPush: OwnExercise = {
	id: 'wall-push',
	area: 'knee',
	title: { en: 'Wall push', tr: 'Duvarı itme' },
	steps: { en: ['Stand.'], tr: ['Durun.'] },
	howMany: { en: '10 times.', tr: '10 kez.' },
	image: '/logo.svg',
	imageAlt: { en: 'A person pushing a wall.', tr: 'Duvarı iten bir kişi.' },
};
const all: ExerciseSettings = { areas: [...exerciseAreas], leaveOut: [], own: [] };

describe('publishedSheets', () => {
	test('by default, every sheet with every exercise, in the site’s order', () => {
		const sheets = publishedSheets(all);
		expect(sheets.map((s) => s.area)).toEqual([...exerciseAreas]);
		for (const sheet of sheets) expect(sheet.exercises).toEqual([...exerciseCatalogue[sheet.area]]);
	});

	test('a clinic that publishes only the knee sheet plus one of its own gets exactly those', () => {
		const sheets = publishedSheets({ areas: ['knee'], leaveOut: [], own: [wallPush] });
		expect(sheets).toEqual([{ area: 'knee', exercises: [...exerciseCatalogue.knee], own: [wallPush] }]);
		expect(isExercisePublished({ areas: ['knee'], leaveOut: [], own: [] }, 'back-bridge')).toBe(false);
		expect(isExercisePublished({ areas: ['knee'], leaveOut: [], own: [] }, 'knee-heel-slide')).toBe(true);
	});

	test('a left-out exercise disappears from its sheet, and a sheet with nothing left is not published', () => {
		const sheets = publishedSheets({ areas: ['knee', 'elbow'], leaveOut: ['knee-sit-to-stand', ...exerciseCatalogue.elbow], own: [] });
		expect(sheets.map((s) => [s.area, s.exercises])).toEqual([['knee', ['knee-thigh-squeeze', 'knee-straight-leg-raise', 'knee-heel-slide']]]);
	});

	test('a clinic that publishes none has no sheets', () => {
		expect(publishedSheets({ areas: [], leaveOut: [], own: [] })).toEqual([]);
	});
});

describe('ownExerciseProblems', () => {
	const exists = (path: string) => path === '/logo.svg';
	test('a complete exercise on a published sheet, with its picture in public/, passes', () => {
		expect(ownExerciseProblems({ ...all, own: [wallPush] }, ['en', 'tr'], 'clinic.yaml', exists)).toEqual([]);
	});

	test('names the file and field of each problem, and what to do', () => {
		const broken: OwnExercise = { ...wallPush, area: 'hip', title: { en: 'Wall push' }, image: '/wall.png' };
		expect(ownExerciseProblems({ areas: ['knee'], leaveOut: [], own: [broken] }, ['en', 'tr'], 'clinic.yaml', exists)).toEqual([
			'clinic.yaml: exercises.own[0].area is "hip", a sheet that exercises.areas does not publish; add it to exercises.areas or move the exercise.',
			'clinic.yaml: exercises.own[0].title has no text in tr; give it in every published language.',
			'clinic.yaml: exercises.own[0].image is "/wall.png", but there is no such file in public/; put the picture there or correct the path.',
		]);
	});

	test('a language the clinic does not publish need not be given', () => {
		expect(ownExerciseProblems({ ...all, own: [{ ...wallPush, title: { en: 'Wall push' } }] }, ['en'], 'clinic.yaml', exists)).toEqual([]);
	});
});
