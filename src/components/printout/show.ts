import { render, type ComponentChild } from 'preact';
import stylesUrl from '../../styles/printout.css?url';

/*
 * Where a printout (a letter, a slip) goes: one section at the end of the page's main content,
 * shown on screen as a preview (so it is read, and checked by axe, like the rest of the page) and
 * printed alone: while `data-printout` is on <html>, print.css hides everything else. The mark
 * comes off after printing, so the page's own "Print this page" prints the page again.
 */

const ID = 'printout';
let opener: HTMLElement | null = null;

/** The printouts' styles, as a file of their own that only a printout loads (a CSS import in a lazy chunk would be dropped). */
function loadStyles(): Promise<void> {
	const found = document.querySelector<HTMLLinkElement>('link[data-printout-styles]');
	if (found) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = stylesUrl;
	link.dataset['printoutStyles'] = '';
	const loaded = new Promise<void>((resolve, reject) => {
		link.onload = () => resolve();
		link.onerror = () => reject(new Error('The printout styles did not load.'));
	});
	document.head.append(link);
	return loaded;
}

/** Shows `content` in the page's printout section, moves focus to it, and opens the print dialogue. */
export async function showPrintout(content: ComponentChild, { print: printNow = true }: { print?: boolean } = {}): Promise<void> {
	await loadStyles();
	let section = document.getElementById(ID);
	if (!section) {
		section = document.createElement('section');
		section.id = ID;
		section.className = 'printout';
		section.setAttribute('aria-labelledby', `${ID}-title`);
		(document.querySelector('main') ?? document.body).append(section);
	}
	if (document.activeElement instanceof HTMLElement && !section.contains(document.activeElement)) opener = document.activeElement;
	render(content, section);
	section.querySelector<HTMLElement>(`#${ID}-title`)?.focus();
	if (printNow) printPrintout();
}

/** Prints the printout section alone. */
export function printPrintout(): void {
	const root = document.documentElement;
	root.dataset['printout'] = '';
	addEventListener('afterprint', () => delete root.dataset['printout'], { once: true });
	print();
}

/** Takes the printout off the page, and gives focus back to the button that made it. */
export function closePrintout(): void {
	const section = document.getElementById(ID);
	if (!section) return;
	render(null, section);
	section.remove();
	if (opener?.isConnected) opener.focus();
	opener = null;
}

/** The address as printed: without `https://`, which every browser adds by itself. */
export function printedLink(url: string): string {
	return url.replace(/^https:\/\//, '');
}
