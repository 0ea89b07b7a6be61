import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, openPage, runAxe, useBrowser } from './support/browser.ts';
import { at } from './support/site.ts';

/*
 * "Listen to this page" (issue 27). The browser's speech engine is replaced, before the page
 * starts, by a stand-in that records each utterance (its words and language) in order and fires
 * its events: `start` at once, and `end` when the test says so (`__end()`), or by itself in
 * `auto` mode. Nothing is spoken aloud.
 */
const stand = ({ voices, auto }: { voices: string[]; auto: boolean }) => {
	type Utterance = EventTarget & { text: string; lang: string; voice: unknown };
	const spoken: { text: string; lang: string }[] = [];
	let queue: Utterance[] = [];
	let current: Utterance | undefined;
	const next = () => {
		if (current || queue.length === 0) return;
		const utterance = queue.shift() as Utterance;
		current = utterance;
		spoken.push({ text: utterance.text, lang: utterance.lang });
		utterance.dispatchEvent(new Event('start'));
		if (auto) setTimeout(end, 1);
	};
	const end = () => {
		const done = current;
		current = undefined;
		done?.dispatchEvent(new Event('end'));
		next();
	};
	class FakeUtterance extends EventTarget {
		lang = '';
		voice: unknown = null;
		constructor(public text: string) {
			super();
		}
	}
	const synth = {
		getVoices: () => voices.map((lang) => ({ lang, name: `Test ${lang}`, voiceURI: lang, localService: true, default: false })),
		speak: (utterance: Utterance) => {
			queue.push(utterance);
			next();
		},
		cancel: () => {
			const was = current;
			queue = [];
			current = undefined;
			if (was) was.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
		},
		pause: () => undefined,
		resume: () => undefined,
		addEventListener: () => undefined,
		removeEventListener: () => undefined,
	};
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
	Object.assign(window, { __spoken: spoken, __end: end });
};

const browser = await useBrowser();

async function open(url: string, voices: string[], auto = false) {
	const watched = await openPage(browser, { width: 375 });
	const requests: string[] = [];
	watched.page.on('request', (request) => requests.push(request.url()));
	await watched.page.addInitScript(stand, { voices, auto });
	await watched.page.goto(url, { waitUntil: 'load' });
	return { ...watched, requests };
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __end: () => void }).__end());
const readerLoads = (requests: string[]) => requests.filter((url) => /\/_astro\/reader[-.][^/]*\.js$/.test(url)).length;

describe.each([
	['en', 'en-GB', 'Listen to this page'],
	['tr', 'tr-TR', 'Bu sayfayı dinleyin'],
] as const)('in %s', (lang, tag, play) => {
	test('reads the guide’s main text in order, care cards and their levels included, in the page’s language', async () => {
		// A voice for the region first; another language's voice is never used.
		const { page, problems, requests } = await open(at(lang, 'guides/side-effects/'), ['fr-FR', `${tag.slice(0, 2)}-XX`, tag], true);
		const button = page.getByRole('button', { name: play });
		await button.waitFor();
		expect(readerLoads(requests), 'the reader is not loaded before the press').toBe(0);
		await button.click();
		await page.locator('[data-listen-status]').filter({ hasText: /./ }).waitFor();
		await page.getByRole('button', { name: play }).waitFor();
		const said = await spoken(page);
		expect(readerLoads(requests)).toBe(1);
		expect(new Set(said.map((u) => u.lang))).toEqual(new Set([tag]));
		// What a reader sees, in the page's order: the title, each heading, paragraph and item, the care cards' levels.
		const expected = await page.locator('article').evaluate((article) =>
			[...article.querySelectorAll('h1, h2, h3, p, li')]
				.filter((el) => !el.closest('nav, [data-page-tools]') && el.getClientRects().length > 0 && !el.querySelector('p, li'))
				.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
				.filter(Boolean),
		);
		expect(said.map((u) => u.text.replace(/\.$/, ''))).toEqual(expected.map((text) => text.replace(/\.$/, '')));
		const levels = await page.locator('.care-card__heading').allTextContents();
		expect(levels.length).toBeGreaterThanOrEqual(3);
		for (const heading of levels) expect(said.map((u) => u.text).join('\n')).toContain(heading.replace(/\s+/g, ' ').trim());
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

test('shows the paragraph being read, pauses, carries on from it, and stops; axe-clean while reading', async () => {
	const { page, problems } = await open(at('en', 'guides/treatment-day/'), ['en-GB']);
	await page.getByRole('button', { name: 'Listen to this page' }).click();
	const pause = page.getByRole('button', { name: 'Pause' });
	await pause.waitFor();
	await expect.poll(async () => (await spoken(page)).length).toBe(1);
	await endUtterance(page);
	await endUtterance(page);
	const third = (await spoken(page))[2]?.text ?? '';
	expect(third).not.toBe('');
	const highlighted = page.locator('.listen-current');
	await expect.poll(async () => `${(await highlighted.textContent())?.replace(/\s+/g, ' ').trim()}.`.replace(/\.\.$/, '.')).toBe(third.endsWith('.') ? third : `${third}.`);
	expect(await highlighted.isVisible()).toBe(true);
	expect(await page.locator('[data-listen-status]').textContent()).toBe('Reading the page aloud. The part being read is highlighted.');
	expect(describeViolations(await runAxe(page))).toEqual([]);

	await pause.click();
	await expect.poll(() => page.locator('[data-listen-status]').textContent()).toBe('Reading is paused.');
	await endUtterance(page);
	expect((await spoken(page)).length, 'nothing more is said while paused').toBe(3);
	await page.getByRole('button', { name: 'Carry on listening' }).click();
	const afterResume = await spoken(page);
	expect(afterResume.length).toBe(4);
	expect(afterResume[3]?.text, 'carries on with the paragraph it paused in').toBe(third);

	await page.getByRole('button', { name: 'Stop' }).click();
	await expect.poll(() => page.locator('[data-listen-status]').textContent()).toBe('Reading has stopped.');
	expect(await page.locator('.listen-current').count()).toBe(0);
	await endUtterance(page);
	expect((await spoken(page)).length, 'nothing more after stop').toBe(4);
	expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Listen to this page');
	expect(problems).toEqual([]);
	await page.context().close();
});

test.each([
	['en', 'exercises/knee/', ['tr-TR', 'fr-FR'], 'no voice that reads English'],
	['tr', 'guides/costs/', ['en-GB', 'en-US'], 'Türkçe okuyan bir ses olmadığı için'],
] as const)('in %s, with no voice for the language, %s offers no "Listen" and says why', async (lang, path, voices, note) => {
	const { page, problems, requests } = await open(at(lang, path), [...voices]);
	await page.locator('[data-listen-none]').filter({ hasText: note }).waitFor();
	expect(await page.locator('[data-listen-play]').isVisible()).toBe(false);
	expect(await page.locator('[data-listen]').isVisible()).toBe(false);
	expect(readerLoads(requests)).toBe(0);
	expect(problems).toEqual([]);
	await page.context().close();
});
