import { useEffect, useRef, useState } from 'preact/hooks';
import type { StringKey } from '../../i18n/strings/en.ts';
import { showDueReviews } from '../review-due.ts';
import { readToday } from './today.ts';

/*
 * The one shell both calculator islands run in (issue 13). It owns what is the same for both:
 *
 * - Input survives. The island hydrates at load (`client:load`), and the page may already hold
 *   what the patient typed while the script was on its way. Preact's hydration leaves the typed
 *   text in the boxes but not in the component's state, so the next render would wipe it. At
 *   start the shell finds every field whose value differs from the one the server wrote and
 *   replays it through the field's own handler, so the calculator adopts it as if typed now.
 *   A press of Enter before the script ran was held back by IslandSlot.astro's inline script;
 *   the shell submits it once the fields are adopted, so the answer appears.
 * - The fragment. A shared link's inputs are read at start and whenever the fragment changes
 *   in the same tab; the answer on screen is written back with `history.replaceState` (no new
 *   history entry, no request), and links marked `data-carry-fragment` (the language switch)
 *   carry it too, so the other language shows the same answer.
 * - Out of date. A page notice that its review date has passed shows once today is past it.
 * - Focus and announcements. After a submit the answer's heading takes focus (which reads it);
 *   an answer that changes without a submit (a ticked box, a new day) and a medicine added or
 *   removed are said once in the page's polite live region (IslandSlot.astro). The page title
 *   starts with "Error: " while the form shows errors, as GOV.UK and the NHS do.
 */

type ShellKey = Extract<StringKey, 'calc.error' | 'calc.answerChanged' | 'calc.added' | 'calc.removed'>;

export interface ShellOptions {
	/** The island's translator; the shell needs only the calc.* words above. */
	t: (key: ShellKey, vars?: Record<string, string | number>) => string;
	/** Puts a link's inputs (`#…`) into the fields and asks for the answer. Called at start and on hashchange. */
	restore: (hash: string) => void;
	/** The fragment that reopens the answer on screen, or undefined while there is none. */
	fragment: string | undefined;
	/** The answer on screen (any value that changes whenever it does), or undefined. */
	answer: unknown;
	/** The names of the medicines chosen, to announce each one added or removed. */
	chosen: readonly string[];
	/** Whether the form shows errors now. */
	hasErrors: boolean;
}

export interface Shell {
	/** Goes on the calculator's outermost element. */
	root: preact.RefObject<HTMLDivElement>;
	/** Goes on the answer's heading (with `tabIndex={-1}`). */
	heading: preact.RefObject<HTMLHeadingElement>;
	/** Called when the patient asks for an answer: its heading takes focus when it appears. */
	focusAnswer: () => void;
	/** The address that reopens the answer on screen. */
	shareUrl: string | undefined;
}

/** Lets Preact render what the last event changed (its render queue runs on a microtask). */
export const rendered = () => new Promise((resolve) => setTimeout(resolve));

const toggles = new Set(['checkbox', 'radio']);

/** Fields the patient changed before the island (or the medicine picker) started, with the state to give back to boxes. */
export function typedBeforeStart(root: HTMLElement) {
	const fields = [...root.querySelectorAll('input')];
	return {
		texts: fields.filter((field) => !toggles.has(field.type) && field.value !== field.defaultValue),
		ticks: fields.filter((field) => toggles.has(field.type) && field.checked !== field.defaultChecked).map((box) => [box, box.checked] as const),
	};
}

/**
 * Replays what `typedBeforeStart` found through each field's own handler, as if typed now: the
 * text at once, then the ticks one at a time (each handler adds to the list the last render
 * left). Resolves once the last render is done.
 */
export async function replayTyped(typed: ReturnType<typeof typedBeforeStart>): Promise<void> {
	for (const field of typed.texts) field.dispatchEvent(new Event('input', { bubbles: true }));
	for (const [box, checked] of typed.ticks) {
		await rendered();
		box.checked = checked;
		box.dispatchEvent(new Event('change', { bubbles: true }));
	}
	await rendered();
}

export function useCalculatorShell({ t, restore, fragment, answer, chosen, hasErrors }: ShellOptions): Shell {
	const root = useRef<HTMLDivElement>(null);
	const heading = useRef<HTMLHeadingElement>(null);
	const focusPending = useRef(false);
	const written = useRef(false);
	const quiet = useRef(true);
	const previous = useRef<{ answer: unknown; chosen: readonly string[] }>({ answer: undefined, chosen: [] });
	const restoreNow = useRef(restore);
	restoreNow.current = restore;
	const [shareUrl, setShareUrl] = useState<string | undefined>();

	const slot = () => root.current?.closest<HTMLElement>('[data-calculator]') ?? undefined;
	const announce = (message: string) => {
		const region = slot()?.querySelector('[data-calculator-status]');
		if (!region) return;
		// Emptied first, so the same words said twice in a row are heard twice.
		region.textContent = '';
		setTimeout(() => (region.textContent = message), 100);
	};

	// Start: adopt what was typed, read the link, then send a submit that waited for the script.
	useEffect(() => {
		const form = root.current?.querySelector('form');
		const wrapper = slot();
		if (!root.current || !form || !wrapper) return;
		wrapper.dataset['ready'] = '';
		showDueReviews(readToday());
		const typed = typedBeforeStart(root.current);
		const focused = document.activeElement;
		restoreNow.current(location.hash);
		const onHashChange = () => restoreNow.current(location.hash);
		addEventListener('hashchange', onHashChange);
		void (async () => {
			await replayTyped(typed);
			if (focused instanceof HTMLElement && focused !== document.activeElement && focused.isConnected) focused.focus();
			quiet.current = false;
			if ('pending' in wrapper.dataset) {
				delete wrapper.dataset['pending'];
				form.requestSubmit();
			}
		})();
		return () => removeEventListener('hashchange', onHashChange);
	}, []);

	// The answer on screen lives in the fragment, and the language switch carries it.
	useEffect(() => {
		if (fragment !== undefined) {
			history.replaceState(history.state, '', fragment);
			written.current = true;
		} else if (written.current) {
			// No answer on screen, so no link to an old one either.
			history.replaceState(history.state, '', location.pathname + location.search);
			written.current = false;
		}
		setShareUrl(fragment === undefined ? undefined : location.href);
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-carry-fragment]')) link.hash = fragment ?? '';
	}, [fragment]);

	// Focus after a submit; otherwise a changed answer or list is said once.
	useEffect(() => {
		const before = previous.current;
		previous.current = { answer, chosen };
		if (answer !== undefined && focusPending.current) {
			focusPending.current = false;
			heading.current?.focus();
			return;
		}
		if (quiet.current) return;
		const added = chosen.filter((name) => !before.chosen.includes(name));
		const removed = before.chosen.filter((name) => !chosen.includes(name));
		const words = [...added.map((name) => t('calc.added', { name })), ...removed.map((name) => t('calc.removed', { name }))];
		if (answer !== undefined && before.answer !== undefined && answer !== before.answer) words.push(t('calc.answerChanged'));
		if (words.length > 0) announce(words.join(' '));
	}, [answer, chosen.join('\n')]);

	// "Error: " before the page title while the form shows errors.
	useEffect(() => {
		const prefix = `${t('calc.error')} `;
		const plain = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
		document.title = hasErrors ? prefix + plain : plain;
	}, [hasErrors]);

	return {
		root,
		heading,
		focusAnswer: () => {
			focusPending.current = true;
		},
		shareUrl,
	};
}
