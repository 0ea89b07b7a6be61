import type { ExerciseId } from '../../lib/site/exercise/catalogue.ts';

/*
 * The line drawings of the exercise sheets, drawn for this site in one simple style: a figure of
 * round-ended strokes and a circle for the head (or a hand, for the hand exercises), furniture in
 * thinner lines, and one or two arrows for the movement. Every drawing sits in a 160 × 120 box.
 * The words of each sheet say everything the picture shows; the picture only helps.
 */

type Point = readonly [number, number];

/** A figure: head, neck and hip, and each limb as its middle joint and end (elbow and hand, knee and foot). */
interface Figure {
	head: Point;
	neck: Point;
	hip: Point;
	arms: readonly (readonly [Point, Point])[];
	legs: readonly (readonly [Point, Point])[];
}

/** A movement arrow from `from` to `to`, bent towards `via` when given. */
interface Arrow {
	from: Point;
	to: Point;
	via?: Point;
}

export interface Illustration {
	figure?: Figure;
	/** Extra body strokes (a hand, a bent wrist), as SVG path data. */
	body?: readonly string[];
	/** Furniture and the floor, as SVG path data. */
	props?: readonly string[];
	/** Small objects (a rolled towel, a tin), as SVG path data, filled. */
	objects?: readonly string[];
	arrows: readonly Arrow[];
}

const floor = 'M4 112H156';
const worktop = (x: number) => `M${x} 56H${x + 44}M${x + 38} 56V112`;
const chair = (x: number) => `M${x} 80H${x + 34}M${x + 2} 80V112M${x + 32} 80V112M${x} 80V42`;
const lying: Pick<Figure, 'head' | 'neck'> = { head: [18, 94], neck: [32, 100] };
const armsDown: Figure['arms'] = [[[50, 104], [66, 106]]];

/** An open hand, palm towards the viewer, wrist at (x, y). */
const openHand = (x: number, y: number) => [
	`M${x - 12} ${y}V${y - 30}Q${x - 12} ${y - 34} ${x - 8} ${y - 34}H${x + 10}Q${x + 14} ${y - 34} ${x + 14} ${y - 30}V${y}`,
	`M${x - 10} ${y - 34}V${y - 58}M${x - 2} ${y - 34}V${y - 64}M${x + 6} ${y - 34}V${y - 62}M${x + 13} ${y - 32}V${y - 54}`,
	`M${x - 12} ${y - 16}L${x - 26} ${y - 34}`,
];

export const illustrations: Record<ExerciseId, Illustration> = {
	'knee-thigh-squeeze': {
		figure: { head: [40, 34], neck: [42, 48], hip: [50, 100], arms: [[[40, 74], [46, 98]]], legs: [[[92, 102], [134, 102]]] },
		props: [floor],
		objects: ['M86 106a6 4 0 1 0 12 0a6 4 0 1 0-12 0Z'],
		arrows: [{ from: [92, 78], to: [92, 94] }],
	},
	'knee-straight-leg-raise': {
		figure: { ...lying, hip: [76, 102], arms: armsDown, legs: [[[98, 80], [114, 108]], [[106, 94], [140, 84]]] },
		props: [floor],
		arrows: [{ from: [148, 100], to: [146, 78], via: [154, 90] }],
	},
	'knee-heel-slide': {
		figure: { ...lying, hip: [76, 102], arms: armsDown, legs: [[[100, 82], [122, 108]], [[110, 104], [144, 106]]] },
		props: [floor],
		arrows: [{ from: [146, 94], to: [126, 94] }],
	},
	'knee-sit-to-stand': {
		figure: { head: [76, 20], neck: [72, 32], hip: [62, 70], arms: [[[86, 46], [104, 50]]], legs: [[[88, 80], [86, 110]]] },
		props: [floor, chair(22)],
		arrows: [{ from: [112, 86], to: [112, 60] }],
	},
	'back-knee-rolls': {
		figure: { ...lying, hip: [76, 102], arms: armsDown, legs: [[[98, 72], [114, 108]], [[104, 78], [118, 108]]] },
		props: [floor],
		arrows: [
			{ from: [84, 62], to: [116, 64], via: [100, 48] },
			{ from: [116, 64], to: [84, 62], via: [100, 48] },
		],
	},
	'back-pelvic-tilt': {
		figure: { ...lying, hip: [76, 102], arms: armsDown, legs: [[[98, 74], [114, 108]]] },
		props: [floor],
		arrows: [{ from: [54, 84], to: [70, 90], via: [60, 76] }],
	},
	'back-knee-hug': {
		figure: { ...lying, hip: [76, 102], arms: [[[52, 84], [68, 70]]], legs: [[[66, 70], [86, 84]], [[100, 76], [116, 108]]] },
		props: [floor],
		arrows: [{ from: [86, 60], to: [64, 56], via: [76, 50] }],
	},
	'back-bridge': {
		figure: { head: [18, 96], neck: [32, 102], hip: [74, 84], arms: armsDown, legs: [[[100, 72], [112, 108]]] },
		props: [floor],
		arrows: [{ from: [74, 108], to: [74, 94] }],
	},
	'hip-knee-drop': {
		figure: { ...lying, hip: [76, 102], arms: armsDown, legs: [[[98, 72], [114, 108]], [[108, 92], [118, 108]]] },
		props: [floor],
		arrows: [{ from: [100, 62], to: [120, 80], via: [118, 62] }],
	},
	'hip-march': {
		figure: { head: [70, 18], neck: [70, 30], hip: [70, 66], arms: [[[86, 46], [108, 56]], [[62, 48], [60, 64]]], legs: [[[70, 88], [70, 110]], [[92, 70], [88, 94]]] },
		props: [floor, worktop(106)],
		arrows: [{ from: [98, 100], to: [98, 80] }],
	},
	'hip-side-lift': {
		figure: { head: [66, 18], neck: [66, 30], hip: [66, 66], arms: [[[84, 44], [104, 54]], [[54, 46], [50, 64]]], legs: [[[62, 88], [60, 110]], [[80, 86], [94, 104]]] },
		props: [floor, 'M104 54H130M110 54V112M126 54V112'],
		arrows: [{ from: [100, 110], to: [106, 90], via: [108, 102] }],
	},
	'hip-leg-back': {
		figure: { head: [72, 18], neck: [72, 30], hip: [70, 66], arms: [[[88, 46], [108, 56]]], legs: [[[72, 88], [72, 110]], [[62, 86], [52, 104]]] },
		props: [floor, worktop(106)],
		arrows: [{ from: [46, 108], to: [42, 88], via: [38, 100] }],
	},
	'shoulder-pendulum': {
		figure: { head: [104, 40], neck: [92, 46], hip: [54, 62], arms: [[[100, 64], [116, 57]], [[88, 68], [86, 90]]], legs: [[[54, 86], [54, 110]], [[46, 86], [42, 110]]] },
		props: [floor, 'M108 56H152M146 56V112'],
		arrows: [{ from: [72, 98], to: [100, 98], via: [86, 108] }],
	},
	'shoulder-rolls': {
		figure: { head: [70, 18], neck: [70, 30], hip: [70, 68], arms: [[[66, 50], [66, 70]]], legs: [[[70, 90], [70, 110]], [[74, 90], [76, 110]]] },
		props: [floor],
		arrows: [{ from: [84, 42], to: [82, 22], via: [96, 30] }],
	},
	'shoulder-arm-lift': {
		figure: { head: [70, 26], neck: [70, 38], hip: [70, 74], arms: [[[82, 24], [86, 8]]], legs: [[[70, 94], [70, 112]], [[74, 94], [76, 112]]] },
		props: [floor],
		arrows: [{ from: [102, 58], to: [98, 14], via: [112, 34] }],
	},
	'shoulder-blade-squeeze': {
		figure: { head: [66, 20], neck: [64, 32], hip: [62, 76], arms: [[[56, 54], [74, 58]]], legs: [[[94, 78], [94, 110]]] },
		props: [floor, chair(48)],
		arrows: [{ from: [46, 36], to: [30, 36] }],
	},
	'elbow-bend': {
		figure: { head: [60, 18], neck: [60, 30], hip: [60, 68], arms: [[[64, 52], [80, 34]]], legs: [[[60, 90], [60, 110]], [[64, 90], [66, 110]]] },
		props: [floor],
		arrows: [{ from: [70, 72], to: [92, 40], via: [92, 62] }],
	},
	'elbow-forearm-turn': {
		figure: { head: [60, 18], neck: [60, 30], hip: [60, 68], arms: [[[64, 54], [92, 54]]], legs: [[[60, 90], [60, 110]], [[64, 90], [66, 110]]] },
		props: [floor],
		arrows: [{ from: [100, 42], to: [100, 66], via: [116, 54] }],
	},
	'elbow-wrist-stretch': {
		figure: { head: [54, 18], neck: [54, 30], hip: [54, 68], arms: [[[76, 32], [98, 32]], [[70, 50], [104, 42]]], legs: [[[54, 90], [54, 110]], [[58, 90], [60, 110]]] },
		body: ['M98 32L106 48'],
		props: [floor],
		arrows: [{ from: [116, 30], to: [114, 52], via: [124, 40] }],
	},
	'elbow-wrist-lift': {
		figure: { head: [40, 26], neck: [40, 38], hip: [38, 78], arms: [[[60, 68], [96, 68]]], legs: [[[62, 80], [62, 110]]] },
		props: [floor, 'M52 72H92M88 72V112', 'M24 80H44M26 80V112'],
		objects: ['M96 54h10v12h-10Z'],
		arrows: [{ from: [116, 70], to: [116, 50] }],
	},
	'hand-wrist-bend': {
		body: ['M16 62H90', 'M90 62L110 46'],
		props: ['M8 70H92M88 70V112', 'M90 62L108 80'],
		arrows: [{ from: [118, 50], to: [114, 80], via: [128, 66] }],
	},
	'hand-fist': {
		body: [
			...openHand(40, 100),
			'M104 100V74Q104 66 112 66H132Q140 66 140 74V100',
			'M108 74H136M108 82H136',
			'M104 86L118 90',
		],
		arrows: [{ from: [62, 70], to: [94, 70] }],
	},
	'hand-thumb-touch': {
		body: [
			'M68 104V74Q68 70 72 70H90Q94 70 94 74V104',
			'M70 70V46M78 70V40M86 70V42M93 72V50',
			'M68 88Q52 70 68 48L70 46',
		],
		objects: ['M66 46a4 4 0 1 0 8 0a4 4 0 1 0-8 0Z'],
		arrows: [{ from: [76, 32], to: [98, 40], via: [88, 24] }],
	},
	'hand-finger-spread': {
		body: ['M64 104V82Q64 76 70 76H92Q98 76 98 82V104', 'M66 76L52 52M74 76L68 44M84 76L90 44M94 78L108 54', 'M64 92L44 86'],
		props: ['M8 108H152'],
		arrows: [
			{ from: [60, 40], to: [44, 48] },
			{ from: [100, 40], to: [116, 48] },
		],
	},
};

const line = ([x1, y1]: Point, [x2, y2]: Point) => `M${x1} ${y1}L${x2} ${y2}`;

/** The strokes of a figure as SVG path data. */
function figurePaths(f: Figure): string[] {
	return [
		line(f.neck, f.hip),
		...f.arms.map(([elbow, hand]) => `${line(f.neck, elbow)}L${hand[0]} ${hand[1]}`),
		...f.legs.map(([knee, foot]) => `${line(f.hip, knee)}L${foot[0]} ${foot[1]}`),
	];
}

/** An arrow's shaft and its head, as SVG path data; the head points along the shaft's last direction. */
export function arrowPath({ from, to, via }: Arrow): string {
	const shaft = via ? `M${from[0]} ${from[1]}Q${via[0]} ${via[1]} ${to[0]} ${to[1]}` : line(from, to);
	const [bx, by] = via ?? from;
	const angle = Math.atan2(to[1] - by, to[0] - bx);
	const head = (turn: number) => {
		const a = angle + Math.PI - turn;
		return `${Math.round((to[0] + 7 * Math.cos(a)) * 10) / 10} ${Math.round((to[1] + 7 * Math.sin(a)) * 10) / 10}`;
	};
	return `${shaft}M${head(0.5)}L${to[0]} ${to[1]}L${head(-0.5)}`;
}

/** The inner markup of an exercise's picture: furniture, body, objects, then movement arrows. */
export function illustrationMarkup(id: ExerciseId): string {
	const art = illustrations[id];
	const paths = (list: readonly string[], cls: string) => list.map((d) => `<path class="${cls}" d="${d}"/>`).join('');
	const head = art.figure ? `<circle class="exercise-art__body" cx="${art.figure.head[0]}" cy="${art.figure.head[1]}" r="9"/>` : '';
	return [
		paths(art.props ?? [], 'exercise-art__prop'),
		paths([...(art.figure ? figurePaths(art.figure) : []), ...(art.body ?? [])], 'exercise-art__body'),
		head,
		paths(art.objects ?? [], 'exercise-art__object'),
		paths(art.arrows.map(arrowPath), 'exercise-art__move'),
	].join('');
}
