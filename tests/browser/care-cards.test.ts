import { expect, test } from 'vitest';
import { contrastRatio } from '../../src/lib/site/settings/colour.ts';
import { openTab, sitemapUrls, useBrowser } from './support/browser.ts';
import { siteUrl } from './support/site.ts';

/*
 * A patient must tell an emergency from an urgent problem, and either from a non-urgent one, at
 * a glance in both colour schemes: between any two care-card levels the headers or the bodies
 * differ by a contrast of at least 3:1 (WCAG's figure for telling parts of a picture apart).
 */
const LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;
type Level = (typeof LEVELS)[number];
interface Colours {
	heading: string;
	body: string;
}

const browser = await useBrowser();

/** '#rrggbb' from a computed 'rgb(r, g, b)'. */
const hex = (rgb: string) =>
	`#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;

test.each(['light', 'dark'] as const)('in the %s scheme the three care-card levels stand apart', async (colorScheme) => {
	const guides = (await sitemapUrls(siteUrl)).filter((url) => url.includes('/guides/') && !url.endsWith('/guides/'));
	const { page } = await openTab(browser, { width: 375, colorScheme });
	const found = new Map<Level, Colours>();
	for (const url of guides) {
		if (found.size === LEVELS.length) break;
		await page.goto(url);
		for (const level of LEVELS) {
			if (found.has(level)) continue;
			const card = page.locator(`.care-card--${level}`).first();
			if ((await card.count()) === 0) continue;
			found.set(level, {
				heading: hex(await card.locator('.care-card__heading').evaluate((el) => getComputedStyle(el).backgroundColor)),
				body: hex(await card.evaluate((el) => getComputedStyle(el).backgroundColor)),
			});
		}
	}
	expect([...found.keys()].sort(), 'every level appears on some guide').toEqual([...LEVELS].sort());
	for (const [i, a] of LEVELS.entries()) {
		for (const b of LEVELS.slice(i + 1)) {
			const [ca, cb] = [found.get(a), found.get(b)] as [Colours, Colours];
			const apart = Math.max(contrastRatio(ca.heading, cb.heading), contrastRatio(ca.body, cb.body));
			expect(apart, `${a} (${ca.heading} on ${ca.body}) against ${b} (${cb.heading} on ${cb.body})`).toBeGreaterThanOrEqual(3);
		}
	}
});
