/*
 * Landing on a guide from a search result (`#at=section&mark=fever+fevers`): marks the words in
 * the guide, shows the section (or the first word found), then puts the plain section anchor back
 * in the address so the searched words are not kept or shared. A few hundred bytes, instead of
 * Pagefind's highlight script.
 */
import { readLanding, wordRanges } from './landing.ts';

const landing = readLanding(location.hash);
const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
if (landing && body) {
	const locale = document.documentElement.lang;
	const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	const marks: HTMLElement[] = [];
	for (const text of texts) {
		const inNode: HTMLElement[] = [];
		// From the last range back, so earlier offsets stay true as the node is split.
		for (const [start, end] of wordRanges(text.data, landing.words, locale).reverse()) {
			const word = text.splitText(start);
			word.splitText(end - start);
			const mark = document.createElement('mark');
			mark.className = 'found-word';
			word.replaceWith(mark);
			mark.append(word);
			inNode.unshift(mark);
		}
		marks.push(...inNode);
	}
	const section = landing.at ? document.getElementById(landing.at) : null;
	if (section) {
		// A real fragment navigation: scrolls, sets :target and the keyboard's starting point.
		location.replace(`#${landing.at}`);
	} else {
		history.replaceState(null, '', location.pathname);
		marks[0]?.scrollIntoView({ block: 'center' });
	}
}
