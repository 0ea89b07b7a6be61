import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { exerciseAreas } from './catalogue.ts';
import { parseSettings } from '../settings/load.ts';

const example = parse(readFileSync('clinic.yaml', 'utf8')) as Record<string, unknown>;
const withExercises = (exercises: unknown) => parseSettings({ ...example, exercises }, 'clinic.yaml');
/** The plain-words messages the build shows for a clinic's `exercises` settings. */
function messages(exercises: unknown): string[] {
	try {
		withExercises(exercises);
		return [];
	} catch (error) {
		return (error as { problems?: string[] }).problems ?? [String(error)];
	}
}

const own = {
	id: 'wall-push',
	area: 'knee',
	title: { en: 'Wall push' },
	steps: { en: ['Stand facing a wall.'] },
	howMany: { en: '10 times.' },
	image: '/exercises/wall-push.svg',
	imageAlt: { en: 'A person pushing against a wall.' },
};

describe('exercises settings', () => {
	test('left out, every sheet is published with every exercise and none of the clinic’s own', () => {
		const { exercises: _left, ...withoutExercises } = example;
		expect(parseSettings(withoutExercises, 'clinic.yaml').exercises).toEqual({ areas: [...exerciseAreas], leaveOut: [], own: [] });
	});

	test('accepts a clinic that publishes only the knee sheet plus one exercise of its own', () => {
		expect(withExercises({ areas: ['knee'], own: [own] }).exercises).toEqual({ areas: ['knee'], leaveOut: [], own: [own] });
	});

	test.each([
		['an unknown area', { areas: ['neck'] }, 'exercises.areas[0] is "neck"; it must be one of the exercise sheets: knee, lower-back, hip, shoulder, elbow, wrist-hand.'],
		['an area twice', { areas: ['knee', 'knee'] }, 'exercises.areas is a list; it must not list a sheet twice.'],
		[
			'an unknown exercise id',
			{ leaveOut: ['knee-squat'] },
			'exercises.leaveOut[0] is "knee-squat"; it is not one of the site’s exercises; the ids are listed in the README, like "knee-thigh-squeeze", "knee-straight-leg-raise", "knee-heel-slide", "knee-sit-to-stand".',
		],
		['an own exercise with a site id', { own: [{ ...own, id: 'knee-heel-slide' }] }, 'exercises.own[0].id is "knee-heel-slide"; it is already the id of one of the site’s exercises; give your own exercise its own id.'],
		[
			'two own exercises with one id',
			{ own: [own, { ...own, area: 'hip' }] },
			`exercises.own[1].id is "${own.id}". The id "${own.id}" is already used by own[0]. Give each exercise of your own its own id.`,
		],
		['a picture outside public/', { own: [{ ...own, image: 'wall-push.jpg' }] }, 'exercises.own[0].image is "wall-push.jpg"; it must be a path inside the public folder starting with /, ending in .svg, .png or .webp.'],
		['no steps', { own: [{ ...own, steps: { en: [] } }] }, 'exercises.own[0].steps.en is a list; it must list at least one step.'],
		['a misspelt field', { own: [{ ...own, titel: 'x' }] }, 'exercises.own[0].titel is not a setting this site knows; check its spelling or remove it.'],
	])('refuses %s with a message that names the field and says what to change', (_case, exercises, message) => {
		expect(messages(exercises)).toEqual([`clinic.yaml: ${message}`]);
	});
});
