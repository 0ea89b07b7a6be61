import { expect, test } from 'vitest';

/*
 * The rules tests run in six time zones (vitest.config.ts). This proves each run really is in the
 * zone it names, so a date bug that shows only across the date line cannot hide behind UTC.
 */
test('the tests run in the time zone TZ names', () => {
	const zone = process.env['TZ'];
	if (zone === undefined || zone === '') return;
	expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
});
