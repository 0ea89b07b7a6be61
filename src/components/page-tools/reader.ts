import { findVoice } from './voices.ts';

/*
 * "Listen to this page": reads the page's main text aloud with the browser's own speech engine,
 * one block at a time in document order (headings, paragraphs, each list item, care cards with
 * their level), showing and scrolling to the block being read. Loaded only when a patient
 * presses "Listen" (page-tools.ts), so it never starts by itself or talks over a screen reader.
 *
 * Pause cancels the engine and remembers the block; "carry on" reads that block again from its
 * start. Browsers' own pause() is unreliable (Chrome on Android and Linux drop the queue), and a
 * patient who paused mid-sentence hears the sentence whole.
 */

/** The elements read as one piece each; a piece inside another is read on its own. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, figcaption, caption, th, td';
/** Never read: the tools themselves, menus, drawings, the printed tick chart. */
const SKIP = '[data-page-tools], nav, svg, .tick-chart, [aria-hidden="true"], [data-listen-skip]';

/** A block's own words: without the blocks nested in it (they are read on their own). */
function ownText(element: Element): string {
	const copy = element.cloneNode(true) as Element;
	for (const inner of copy.querySelectorAll(BLOCKS)) inner.remove();
	return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The blocks to read in `root`, in order, each with what to say; headings and items end in a stop, so the voice pauses. */
export function readableBlocks(root: Element): { element: HTMLElement; text: string }[] {
	const blocks: { element: HTMLElement; text: string }[] = [];
	for (const element of root.querySelectorAll<HTMLElement>(BLOCKS)) {
		if (element.closest(SKIP) || element.getClientRects().length === 0) continue;
		const text = ownText(element);
		if (text === '') continue;
		blocks.push({ element, text: /[.!?:;…]$/.test(text) ? text : `${text}.` });
	}
	return blocks;
}

interface Reader {
	play: () => void;
}

function createReader(tools: HTMLElement, voice: SpeechSynthesisVoice): Reader {
	const root = tools.closest('article') ?? document.querySelector('main') ?? document.body;
	const playButton = tools.querySelector<HTMLButtonElement>('[data-listen-play]');
	const pauseButton = tools.querySelector<HTMLButtonElement>('[data-listen-pause]');
	const stopButton = tools.querySelector<HTMLButtonElement>('[data-listen-stop]');
	const status = tools.parentElement?.querySelector<HTMLElement>('[data-listen-status]');
	const words = tools.dataset;
	let blocks: ReturnType<typeof readableBlocks> = [];
	let index = 0;
	let paused = false;
	// Each speak() gets a number; events from an utterance that was cancelled are ignored.
	let turn = 0;

	const say = (text: string | undefined) => {
		if (status) status.textContent = text ?? '';
	};
	const mark = (element: HTMLElement | undefined) => {
		for (const old of root.querySelectorAll('.listen-current')) old.classList.remove('listen-current');
		if (!element) return;
		element.classList.add('listen-current');
		const box = element.getBoundingClientRect();
		if (box.top < 0 || box.bottom > innerHeight) {
			const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
			element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
		}
	};
	const showButtons = (reading: boolean) => {
		if (playButton) playButton.hidden = reading;
		if (pauseButton) pauseButton.hidden = !reading;
		if (stopButton) stopButton.hidden = !reading;
	};
	const end = (message: string | undefined) => {
		turn++;
		speechSynthesis.cancel();
		paused = false;
		mark(undefined);
		showButtons(false);
		if (pauseButton) pauseButton.textContent = words['pause'] ?? '';
		playButton?.focus();
		say(message);
	};
	const speak = (at: number) => {
		const block = blocks[at];
		if (!block) {
			end(words['finished']);
			return;
		}
		index = at;
		const mine = ++turn;
		const utterance = new SpeechSynthesisUtterance(block.text);
		utterance.voice = voice;
		utterance.lang = voice.lang;
		utterance.addEventListener('start', () => mine === turn && mark(block.element));
		utterance.addEventListener('end', () => mine === turn && speak(at + 1));
		utterance.addEventListener('error', (event) => {
			if (mine !== turn || event.error === 'interrupted' || event.error === 'canceled') return;
			end(words['failed']);
		});
		speechSynthesis.speak(utterance);
	};

	pauseButton?.addEventListener('click', () => {
		if (paused) {
			paused = false;
			pauseButton.textContent = words['pause'] ?? '';
			say(words['playing']);
			speak(index);
		} else {
			paused = true;
			turn++;
			speechSynthesis.cancel();
			pauseButton.textContent = words['resume'] ?? '';
			say(words['paused']);
		}
	});
	stopButton?.addEventListener('click', () => end(words['stopped']));
	// Leaving the page stops the voice: it must not read on over the next page.
	addEventListener('pagehide', () => end(undefined));

	return {
		play() {
			blocks = readableBlocks(root);
			speechSynthesis.cancel();
			paused = false;
			showButtons(true);
			pauseButton?.focus();
			say(words['playing']);
			speak(0);
		},
	};
}

const control = document.querySelector<HTMLElement>('[data-listen]');
const voice = control && findVoice(speechSynthesis.getVoices(), control.dataset['lang'] ?? document.documentElement.lang);
if (control && voice) {
	const reader = createReader(control, voice);
	control.querySelector('[data-listen-play]')?.addEventListener('click', reader.play);
	reader.play();
}
