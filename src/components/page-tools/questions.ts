import { formatFragmentParams, parseFragmentParams, splitList } from '../../lib/rules/share/fragment-params.ts';

/** The questions to tick, in order: the four every patient can ask, then this treatment's own. */
export const QUESTION_IDS = ['benefits', 'risks', 'alternatives', 'nothing', 'sessions', 'cost', 'medicines', 'exercise', 'results'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
/** How many questions of their own a patient can add. */
export const MAX_OWN_QUESTIONS = 5;
/** The longest own question kept (the field's maxlength). */
export const MAX_OWN_LENGTH = 200;

/** Whether a fragment holds chosen questions (then the form is filled from it). */
export const QUESTIONS_IN_LINK = /(?:^#|&)(?:q|o[1-5])=/;

export interface ChosenQuestions {
	readonly ticked: readonly QuestionId[];
	/** The patient's own questions, as typed, in their fields' order; empty fields are ''. */
	readonly own: readonly string[];
}

const isQuestionId = (id: string): id is QuestionId => (QUESTION_IDS as readonly string[]).includes(id);

/**
 * The chosen questions as a URL fragment: `q` the ticked ids, `o1`…`o5` the patient's own words
 * (escaped). A fragment never reaches a server, so what a patient typed stays on the device and
 * in the link they keep.
 *
 * @example
 * encodeQuestions({ ticked: ['risks', 'cost'], own: ['', 'Can I swim?'] }) // => '#q=risks,cost&o2=Can%20I%20swim%3F'
 */
export function encodeQuestions({ ticked, own }: ChosenQuestions): string {
	return formatFragmentParams([
		['q', ticked.filter(isQuestionId).join(',')],
		...own.slice(0, MAX_OWN_QUESTIONS).map((text, i) => [`o${i + 1}`, encodeURIComponent(text.trim().slice(0, MAX_OWN_LENGTH))] as const),
	]);
}

/**
 * Reads the chosen questions back from a fragment; unknown ids, extra or over-long questions are
 * dropped. Never throws.
 *
 * @example
 * decodeQuestions('#q=risks,nope,cost&o2=Can%20I%20swim%3F')
 * // => { ticked: ['risks', 'cost'], own: ['', 'Can I swim?', '', '', ''] }
 */
export function decodeQuestions(fragment: string | null | undefined): ChosenQuestions {
	const params = parseFragmentParams(fragment);
	return {
		ticked: splitList(params.get('q'), isQuestionId) as QuestionId[],
		own: Array.from({ length: MAX_OWN_QUESTIONS }, (_, i) => (params.get(`o${i + 1}`) ?? '').trim().slice(0, MAX_OWN_LENGTH)),
	};
}
