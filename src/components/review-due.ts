import type { IsoDate } from '../lib/rules/dates/iso-date.ts';

/**
 * Shows each "this page was due to be checked again" notice (ReviewDue.astro) whose date is
 * before the patient's today: a static page lives for years after its build. Guides run it from
 * a small script, the calculator pages from their island's shell.
 */
export function showDueReviews(today: IsoDate): void {
	for (const notice of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
		if ((notice.dataset['reviewDue'] ?? '') < today) notice.hidden = false;
	}
}
