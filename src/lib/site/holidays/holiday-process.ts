import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IsoDate } from '../../rules/dates/iso-date.ts';
import type { HolidayPlace } from './public-holidays.ts';

/*
 * date-holidays, asked in a process of its own. The package, its parser and the time-zone and
 * astronomy data it brings took about 45 MB, and loaded into the build they stayed there through
 * the bundler's peak; in a child process the memory goes back when it exits (issue 26). A child
 * costs about 0.2 s, and each answer is kept: a build asks twice, once for the places a
 * clinic.yaml may name and once for the dates.
 */

/** What the child process (holiday-child.ts) is asked. */
export type HolidayQuestion =
	| { readonly kind: 'places' }
	| { readonly kind: 'dates'; readonly place: HolidayPlace; readonly fromYear: number; readonly toYear: number };

const CHILD = fileURLToPath(new URL('./holiday-child.ts', import.meta.url));
const answers = new Map<string, unknown>();

function ask(question: HolidayQuestion): unknown {
	const key = JSON.stringify(question);
	if (!answers.has(key)) {
		// The same Node as the build's own, which runs TypeScript files as they are.
		const child = spawnSync(process.execPath, [CHILD], { input: key, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
		if (child.status !== 0) {
			const reason = child.error?.message ?? child.stderr.trim().split('\n').find((line) => /error/i.test(line)) ?? `it stopped with code ${child.status}`;
			throw new Error(`The public holidays could not be worked out (date-holidays, run by ${CHILD}): ${reason}`);
		}
		answers.set(key, JSON.parse(child.stdout));
	}
	return answers.get(key);
}

/** The region codes date-holidays knows for a country, or undefined for a country it does not know. */
function regionsIn(country: string): readonly string[] | undefined {
	const places = ask({ kind: 'places' }) as Record<string, string[]>;
	return Object.hasOwn(places, country) ? places[country] : undefined;
}

/**
 * The days the public holidays of a country (and region) close, in the years given, sorted: see
 * `holidayDatesOf` in public-holidays.ts, which answers in the child process.
 *
 * @example
 * publicHolidayDates({ country: 'TR' }, 2027, 2027).slice(0, 2)
 * //=> ['2027-01-01', '2027-03-09']
 */
export function publicHolidayDates(place: HolidayPlace, fromYear: number, toYear: number): IsoDate[] {
	return ask({ kind: 'dates', place: { country: place.country, ...(place.region === undefined ? {} : { region: place.region }) }, fromYear, toYear }) as IsoDate[];
}

/**
 * Whether `date-holidays` knows a country code (ISO 3166-1, like "GB" or "TR") and, when one is
 * given, a region code within it (like "ENG").
 *
 * @example
 * [isKnownPlace({ country: 'GB', region: 'ENG' }), isKnownPlace({ country: 'GB', region: 'XX' }), isKnownPlace({ country: 'ZZ' })]
 * //=> [true, false, false]
 */
export function isKnownPlace(place: HolidayPlace): boolean {
	const regions = regionsIn(place.country);
	return regions !== undefined && (place.region === undefined || regions.includes(place.region));
}

/**
 * The region codes `date-holidays` knows for a country, for messages to the clinic.
 *
 * @example
 * regionsOf('GB')
 * //=> ['ALD', 'ENG', 'NIR', 'SCT', 'WLS']
 */
export function regionsOf(country: string): string[] {
	return [...(regionsIn(country) ?? [])];
}
