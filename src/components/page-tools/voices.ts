/** What {@link findVoice} needs of a voice: the browser's SpeechSynthesisVoice has these. */
export interface VoiceLike {
	readonly lang: string;
	readonly localService?: boolean;
	readonly default?: boolean;
}

/**
 * The voice to read a page in `tag` (like `en-GB`): one for the exact language and region first
 * (British English, Turkish of Türkiye), then any of the same language, preferring voices on the
 * device (they work offline) and the device's default. Undefined when there is none: the page
 * then offers no "Listen", as a voice for another language would misread every word.
 *
 * @example
 * findVoice([{ lang: 'en-US' }, { lang: 'en-GB' }], 'en-GB')?.lang // => 'en-GB'
 * findVoice([{ lang: 'en_US' }], 'en-GB')?.lang // => 'en_US'
 * findVoice([{ lang: 'en-GB' }], 'tr-TR') // => undefined
 */
export function findVoice<Voice extends VoiceLike>(voices: readonly Voice[], tag: string): Voice | undefined {
	const norm = (lang: string) => lang.replace('_', '-').toLowerCase();
	const wanted = norm(tag);
	const language = wanted.split('-')[0];
	const rank = (voice: Voice) =>
		(norm(voice.lang) === wanted ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
	return voices
		.filter((voice) => norm(voice.lang) === wanted || norm(voice.lang).split('-')[0] === language)
		.sort((a, b) => rank(b) - rank(a))[0];
}
