import type { Browser, Page } from 'playwright-core';
import { openTab, type WatchedPage } from './browser.ts';

/*
 * What the calculator tests (planner*.test.ts, medication*.test.ts) share. The browser's clock is
 * fixed to Monday 1 March 2027, so "today" is known and the brief's worked example (treatment
 * Friday 12 March 2027) holds on any day the tests run.
 */

/** The browser's "now" in the calculator tests: Monday 1 March 2027, 10:00. */
export const TODAY = new Date(2027, 2, 1, 10, 0, 0);

/** The file's calculator tab (`openTab`), phone-width unless asked, with the clock fixed, at `url`, once its island has hydrated. */
export async function openCalculatorPage(browser: Browser, url: string, options: Parameters<typeof openTab>[1] = {}, today = TODAY): Promise<WatchedPage> {
	const watched = await openTab(browser, { width: 375, ...options });
	await watched.page.clock.setFixedTime(today);
	await watched.page.goto(url);
	await watched.page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	return watched;
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 60 presses. */
export async function tabTo(page: Page, matches: (el: { id: string; text: string; tag: string }) => boolean) {
	for (let i = 0; i < 60; i += 1) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return { id: el?.id ?? '', text: el?.textContent?.trim() ?? '', tag: el?.tagName ?? '' };
		});
		if (matches(focused)) return;
	}
	throw new Error('Tab never reached the element');
}

/** Fills the planner's form as a patient types it and asks for the plan. */
export async function plan(page: Page, [day, month, year]: [string, string, string], sessions: string, weeks: string) {
	await page.getByLabel('Day').fill(day);
	await page.getByLabel('Month').fill(month);
	await page.getByLabel('Year').fill(year);
	await page.getByLabel('How many sessions?').fill(sessions);
	await page.getByLabel('How many weeks between sessions?').fill(weeks);
	await page.getByRole('button', { name: 'Plan my sessions' }).click();
}
