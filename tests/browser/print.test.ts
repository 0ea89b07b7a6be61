import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { loadSettings } from '../../src/lib/site/settings/load.ts';
import { formatDate } from '../../src/i18n/format-date.ts';
import { addDays } from '../../src/lib/rules/dates/calendar-steps.ts';
import { isoDate } from '../../src/lib/rules/dates/iso-date.ts';
import { clinicClosedDates } from '../../src/lib/site/holidays/closed-dates.ts';
import { plannerSettingsFrom } from '../../src/lib/rules/planner/from-settings.ts';
import { planCourse, type CoursePlan } from '../../src/lib/rules/planner/plan-course.ts';
import { openTab, sitemapUrls, useBrowser } from './support/browser.ts';
import { at, langOf, siteUrl } from './support/site.ts';

/*
 * Guides on paper (issue 27): every guide, and the before-treatment pack, printed to PDF in both
 * languages, read back page by page with pdftotext (poppler-utils; `npm test` installs it where
 * it can, scripts/print-tools.ts). Each sheet carries the clinic's phone; nothing is under 12 pt; no
 * menu, search box or button prints; the care cards print whole, in their order, with their
 * level in words.
 */
const { clinic } = loadSettings(process.env, process.cwd());
const sitemap = await sitemapUrls(siteUrl);
const guides = sitemap.filter((url) => /\/guides\/[^/]+\/$/.test(url));
const packs = sitemap.filter((url) => url.endsWith('/print/before-treatment/'));
const folder = mkdtempSync(join(tmpdir(), 'print-'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const browser = await useBrowser();

/** The PDF's text, one string per printed page. */
function pdfPages(pdf: Buffer, name: string): string[] {
	const file = join(folder, `${name}.pdf`);
	writeFileSync(file, pdf);
	const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
	return result.stdout.split('\f').filter((page) => page.trim() !== '');
}

/** What prints smaller than 12 pt (16 px), and any menu, search box or button that prints. */
async function printProblems(page: Page) {
	return page.evaluate(() => {
		const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
		const small: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
			if (!ownText || !shown(el) || el.closest('.visually-hidden')) continue;
			const size = Number.parseFloat(getComputedStyle(el).fontSize);
			if (size < 15.99) small.push(`${el.tagName.toLowerCase()}.${el.className} ${size}px: ${(el.textContent ?? '').trim().slice(0, 40)}`);
		}
		const controls = [...document.querySelectorAll('nav, button, input, select, textarea, [role="search"]')].filter(shown).map((el) => el.outerHTML.slice(0, 80));
		return { small, controls };
	});
}

test.each(['en', 'tr'] as const)('in %s, every guide and the pack print at 12 pt or more, without menus or buttons, with the clinic’s phone on every sheet and the care cards whole and in order', async (lang) => {
	const { page, problems } = await openTab(browser, { width: 1280 });
	for (const url of [...guides, ...packs].filter((u) => langOf(u) === lang)) {
		const path = new URL(url).pathname;
		await page.emulateMedia({ media: 'screen' });
		await page.goto(url, { waitUntil: 'load' });
		const phone = squash((await page.locator('.site-footer a[href^="tel:"]').first().textContent()) ?? '');
		expect(phone, path).toContain(clinic.phone.slice(-4));
		const cards = await page.locator('.care-card__heading').evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
		await page.emulateMedia({ media: 'print' });
		expect(await printProblems(page), path).toEqual({ small: [], controls: [] });
		const pages = pdfPages(await page.pdf({ format: 'A4' }), path.replace(/\W+/g, '-'));
		for (const [i, text] of pages.entries()) expect(squash(text), `${path}: sheet ${i + 1} of ${pages.length}`).toContain(phone);
		// Each card's level and heading print together, in the page's order, and a card is never split across sheets.
		const printed = squash(pages.join(' '));
		let from = 0;
		for (const card of cards) {
			const found = printed.indexOf(card, from);
			expect(found, `${path}: care card "${card}" in order`).toBeGreaterThanOrEqual(from);
			from = found + card.length;
		}
		for (const card of await page.locator('.care-card').all()) {
			const words = squash(await card.innerText()).slice(0, 60);
			expect(pages.filter((text) => squash(text).includes(words)).length, `${path}: "${words}" on one sheet`).toBe(1);
		}
		// The pack prints its guides in one go, in order.
		let next = 0;
		for (const section of await page.locator('.pack__guide > h2').allTextContents()) {
			next = printed.indexOf(squash(section), next);
			expect(next, `${path}: "${section}" printed, in order`).toBeGreaterThan(0);
		}
		// The sources and review dates come at the end, after the guide's text.
		const dates = squash((await page.locator('.guide-review__dates').last().textContent()) ?? '').slice(0, 30);
		const before = squash((await page.locator('.guide-review').last().evaluate((el) => {
			let before = el.previousElementSibling;
			while (before && ['SCRIPT', 'STYLE'].includes(before.tagName)) before = before.previousElementSibling;
			return (before as HTMLElement | null)?.innerText.trim().split('\n').at(-1);
		})) ?? '').slice(-25);
		expect(printed.lastIndexOf(dates), `${path}: the review dates after the text`).toBeGreaterThan(printed.indexOf(before));
		expect(printed.indexOf(before), `${path}: the text before the review`).toBeGreaterThan(0);
	}
	expect(problems).toEqual([]);
});

test('the sitemap has every guide and the pack in both languages', () => {
	expect(guides.length).toBeGreaterThanOrEqual(20);
	expect(packs).toHaveLength(2);
});

test.each(['en', 'tr'] as const)('in %s, the pack holds the three guides a patient needs beforehand, in order, and they link to it', async (lang) => {
	const title = (html: string) => squash(/<h1[^>]*>([^<]*)</.exec(html)?.[1] ?? '');
	const pack = new URL(at(lang, 'print/before-treatment/')).pathname;
	const titles: string[] = [];
	for (const slug of ['preparation', 'treatment-day', 'side-effects']) {
		const html = await (await fetch(at(lang, `guides/${slug}/`))).text();
		expect(html, slug).toContain(`href="${pack}"`);
		titles.push(title(html));
	}
	const html = await (await fetch(at(lang, 'print/before-treatment/'))).text();
	expect([...html.matchAll(/<h2 id="[^"]+-title"[^>]*>([^<]*)</g)].map((m) => squash(m[1] ?? ''))).toEqual(titles);
});

test('opened from the planner’s link, the pack lists the patient’s session dates, and prints them', async () => {
	// A plan the clinic can book, worked out by the planner's own rules from today.
	const all = loadSettings(process.env, process.cwd());
	const today = isoDate(new Date().toISOString().slice(0, 10));
	const rules = plannerSettingsFrom(all, clinicClosedDates(all, today));
	let plan: CoursePlan | undefined;
	for (let ahead = 14; !plan && ahead < 120; ahead++) {
		const result = planCourse({ firstSession: addDays(today, ahead), sessions: 3, weeksBetween: 4, today, settings: rules });
		if (result.status === 'ok' && result.plan.problems.length === 0) plan = result.plan;
	}
	if (!plan) throw new Error('no bookable plan in the next four months');
	const { page, problems } = await openTab(browser);
	await page.goto(`${at('en', 'print/before-treatment/')}#f=${plan.firstSessionDate}&n=3&w=4`);
	const items = page.locator('.pack__dates li');
	await items.first().waitFor();
	const texts = await items.allTextContents();
	expect(texts.slice(0, 3)).toEqual(plan.sessions.map((s) => `Session ${s.number}: ${formatDate(s.date, 'en-GB', 'weekday')}`));
	expect(await page.locator('.pack__dates a').getAttribute('href')).toContain(`#f=${plan.firstSessionDate}&n=3&w=4`);
	await page.emulateMedia({ media: 'print' });
	const printed = squash(pdfPages(await page.pdf({ format: 'A4' }), 'pack-dates')[0] ?? '');
	expect(printed).toContain(squash(texts[0] ?? ''));
	// A plan in the past is never printed as dates to keep.
	await page.emulateMedia({ media: 'screen' });
	await page.goto('about:blank');
	await page.goto(`${at('en', 'print/before-treatment/')}#f=2020-03-02&n=3&w=4`);
	await page.locator('[data-pack-dates-note]').filter({ hasText: /planner/ }).waitFor();
	expect(await page.locator('.pack__dates li').count()).toBe(0);
	expect(problems).toEqual([]);
});
