import { expect, test } from 'vitest';
import { reachable } from '../../../../tests/support/rules-folder.ts';
import { holidayDatesOf, knownPlaces } from './public-holidays.ts';
import { isKnownPlace, publicHolidayDates, regionsOf } from './holiday-process.ts';

/* date-holidays answers in a child process (holiday-process.ts), the same as it would in this one. */

test('the settings check and the closed days never load date-holidays into the build', () => {
	for (const file of ['src/lib/site/settings/load.ts', 'src/integrations/clinic-settings.ts']) {
		expect(reachable(file)).not.toContain('date-holidays');
	}
	expect(reachable('src/lib/site/holidays/holiday-child.ts')).toContain('date-holidays');
});

test('the child process gives the same dates and places as date-holidays here', () => {
	for (const place of [{ country: 'TR' }, { country: 'GB', region: 'SCT' }, { country: 'US', region: 'CA' }]) {
		expect(publicHolidayDates(place, 2027, 2028)).toEqual(holidayDatesOf(place, 2027, 2028));
	}
	const places = knownPlaces();
	expect(Object.keys(places).length).toBeGreaterThan(100);
	for (const country of ['GB', 'TR', 'DE']) expect(regionsOf(country)).toEqual(places[country]);
	expect([isKnownPlace({ country: 'DE', region: 'BY' }), isKnownPlace({ country: 'TR', region: 'ENG' }), isKnownPlace({ country: 'constructor' })]).toEqual([true, false, false]);
	expect(regionsOf('toString')).toEqual([]);
});
