import { describe, expect, test } from 'vitest';
import settings, { buildDay, closedDates, closedUntil } from 'virtual:clinic/settings';
import { isoDate } from '../lib/rules/dates/iso-date.ts';
import { clinicClosedDates, closedDaysKnownUntil } from '../lib/site/holidays/closed-dates.ts';
import { loadSettings } from '../lib/site/settings/load.ts';
import { SETTINGS_MODULE, settingsModule } from './clinic-settings.ts';

/** The settings module's source as `settingsModule` serves it, run as a module of its own. */
async function served(day: ReturnType<typeof isoDate>) {
	const plugin = settingsModule(loadSettings({}, process.cwd()), day);
	const source = plugin.load.handler(plugin.resolveId.handler(SETTINGS_MODULE) ?? '');
	if (source === undefined) throw new Error(`${SETTINGS_MODULE} was not served`);
	return (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`)) as typeof import('virtual:clinic/settings');
}

describe('virtual:clinic/settings', () => {
	test('serves the settings, the build day and the closed days worked out from that day', async () => {
		const day = isoDate('2026-11-27');
		const module = await served(day);
		expect(module.default.clinic.name).toBe(settings.clinic.name);
		expect(module.buildDay).toBe('2026-11-27');
		expect(module.closedDates).toEqual(clinicClosedDates(module.default, day));
		expect(module.closedDates.every((date) => date >= day && date <= module.closedUntil)).toBe(true);
		expect(module.closedUntil).toBe(closedDaysKnownUntil(module.default, day));
	});

	test('a later build day drops the closed days before it and reaches further', async () => {
		const [earlier, later] = await Promise.all([served(isoDate('2026-11-27')), served(isoDate('2027-06-01'))]);
		expect(later.closedDates.every((date) => date >= '2027-06-01')).toBe(true);
		expect(earlier.closedDates.some((date) => date < '2027-06-01')).toBe(true);
		expect(later.closedUntil > earlier.closedUntil).toBe(true);
	});

	test('code that imports the module (pages, the guide check) reads one build day and its closed days', () => {
		expect(closedDates).toEqual(clinicClosedDates(settings, buildDay));
		expect(closedUntil).toBe(closedDaysKnownUntil(settings, buildDay));
	});
});
