import { useEffect, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import { localToday } from './local-today.ts';

/*
 * "Today" for the calculators, as one small signal for the page: read from the patient's clock
 * here and nowhere else (src/lib never reads the clock), and read again whenever it may have
 * changed while the tab stayed open: at the next local midnight, when the tab becomes visible
 * again (timers sleep in background tabs and on a closed laptop), when the page comes back from
 * the back-forward cache, and when a link is opened in the same tab (hashchange). Subscribers
 * hear only real changes of calendar day. Issues 10 (item 5) and 11 (item 4).
 */

type Listener = (today: IsoDate) => void;

const listeners = new Set<Listener>();
let current: IsoDate | undefined;
let midnight: ReturnType<typeof setTimeout> | undefined;

/** Today in the patient's own calendar, read from the clock now; tells subscribers if the day moved. */
export function readToday(): IsoDate {
	const next = localToday();
	if (next !== current) {
		current = next;
		for (const listener of listeners) listener(next);
	}
	return next;
}

/** Wakes up just after the next local midnight (a new Date per day, so a daylight-saving day is still one day). */
function wakeAtMidnight() {
	clearTimeout(midnight);
	const now = new Date();
	const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
	midnight = setTimeout(() => {
		readToday();
		wakeAtMidnight();
	}, next.getTime() - now.getTime());
}

function onVisible() {
	if (document.visibilityState === 'visible') {
		readToday();
		wakeAtMidnight();
	}
}

/** Listens for as long as the page lives: a calculator island is never taken off its page. */
function subscribe(listener: Listener) {
	if (listeners.size === 0) {
		document.addEventListener('visibilitychange', onVisible);
		addEventListener('pageshow', onVisible);
		addEventListener('hashchange', onVisible);
		wakeAtMidnight();
	}
	listeners.add(listener);
}

/** Today as component state: the component renders again when the calendar day changes. */
export function useToday(): IsoDate {
	const [today, setToday] = useState(readToday);
	useEffect(() => {
		subscribe(setToday);
		setToday(readToday());
	}, []);
	return today;
}
