/**
 * The exercise sheets the site has: one per treated area, each with the ids of its exercises in
 * the order the sheet shows them. The sheets' text lives in src/content/exercises/<lang>/<area>.mdx
 * (each `<Exercise id="…">` there names an id from here); the pictures in
 * src/components/exercise/illustrations.ts. clinic.yaml chooses from these ids (`exercises`).
 */
export const exerciseAreas = ['knee', 'lower-back', 'hip', 'shoulder', 'elbow', 'wrist-hand'] as const;
export type ExerciseArea = (typeof exerciseAreas)[number];

export const exerciseCatalogue = {
	knee: ['knee-thigh-squeeze', 'knee-straight-leg-raise', 'knee-heel-slide', 'knee-sit-to-stand'],
	'lower-back': ['back-knee-rolls', 'back-pelvic-tilt', 'back-knee-hug', 'back-bridge'],
	hip: ['hip-knee-drop', 'hip-march', 'hip-side-lift', 'hip-leg-back'],
	shoulder: ['shoulder-pendulum', 'shoulder-rolls', 'shoulder-arm-lift', 'shoulder-blade-squeeze'],
	elbow: ['elbow-bend', 'elbow-forearm-turn', 'elbow-wrist-stretch', 'elbow-wrist-lift'],
	'wrist-hand': ['hand-wrist-bend', 'hand-fist', 'hand-thumb-touch', 'hand-finger-spread'],
} as const satisfies Record<ExerciseArea, readonly string[]>;

export type ExerciseId = (typeof exerciseCatalogue)[ExerciseArea][number];

/** Every exercise id the site has, sheet by sheet. */
export const exerciseIds: readonly ExerciseId[] = exerciseAreas.flatMap((area) => exerciseCatalogue[area]);

/** True when `value` is one of the sheet areas. */
export function isExerciseArea(value: string): value is ExerciseArea {
	return (exerciseAreas as readonly string[]).includes(value);
}

/**
 * The area whose sheet holds an exercise.
 *
 * @example
 * areaOfExercise('back-bridge') // => 'lower-back'
 */
export function areaOfExercise(id: ExerciseId): ExerciseArea {
	return exerciseAreas.find((area) => (exerciseCatalogue[area] as readonly string[]).includes(id)) as ExerciseArea;
}
