/*
 * The page tools' own script, small enough for a content page's budget: it shows "Print this
 * page", and offers "Listen to this page" only where the browser has a voice for the page's
 * language (otherwise a note says why). The reader itself (reader.ts) is imported only when the
 * button is pressed, so a patient who never listens never downloads it.
 */
import { findVoice } from './voices.ts';
// The reader's own bundle, by address: built as an ES module of its own (astro.config.mjs,
// `vite.worker.format`) and imported on the press, when it starts by itself (its last lines). A plain `import('./reader.ts')` would add
// Vite's preload helper to every guide, nearly 1 kB of the 2 kB a content page may ship.
import readerUrl from './reader.ts?worker&url';

const tools = document.querySelector<HTMLElement>('[data-page-tools]');
const listen = tools?.querySelector<HTMLElement>('[data-listen]');

tools?.querySelector<HTMLElement>('[data-print]')?.removeAttribute('hidden');
tools?.querySelector('[data-print] button')?.addEventListener('click', () => print());

/** The voices the browser has; some load them a moment after the page (`voiceschanged`). */
function voices(): Promise<SpeechSynthesisVoice[]> {
	const now = speechSynthesis.getVoices();
	if (now.length > 0) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => resolve(speechSynthesis.getVoices());
		speechSynthesis.addEventListener('voiceschanged', done, { once: true });
		setTimeout(done, 1500);
	});
}

async function offerListening(listen: HTMLElement) {
	const note = tools?.querySelector<HTMLElement>('[data-listen-none]');
	const lang = listen.dataset['lang'] ?? document.documentElement.lang;
	if (!('speechSynthesis' in window)) {
		if (note) {
			note.textContent = note.dataset['noSpeech'] ?? '';
			note.hidden = false;
		}
		return;
	}
	if (!findVoice(await voices(), lang)) {
		if (note) note.hidden = false;
		// Some devices add voices late (a download, a setting changed): offer "Listen" once one comes.
		const late = () => {
			if (!findVoice(speechSynthesis.getVoices(), lang)) return;
			speechSynthesis.removeEventListener('voiceschanged', late);
			if (note) note.hidden = true;
			listen.hidden = false;
		};
		speechSynthesis.addEventListener('voiceschanged', late);
	} else {
		listen.hidden = false;
	}
	const play = listen.querySelector<HTMLButtonElement>('[data-listen-play]');
	// The first press loads the reader, which reads at once and answers every later press itself.
	play?.addEventListener('click', () => void import(/* @vite-ignore */ readerUrl), { once: true });
}

if (listen) void offerListening(listen);
