import { addDays } from '../../rules/dates/calendar-steps.ts';
import { type IsoDate, toDateParts } from '../../rules/dates/iso-date.ts';
import type { SettingsProblem } from './checks.ts';
import type { Settings } from './schema.ts';

/*
 * Checks of the settings against the day of the build (the caller reads the clock). A static
 * site lives for years after it is built, so what the build knows runs out: closures far away
 * are refused (every calculator page carries each of their days), and closed days that end
 * soon, or a calculator review date that has passed, are warned about.
 */

/** Closures may lie from the year before the build to this many years after it. */
export const CLOSURE_YEARS_AHEAD = 5;

/**
 * The errors and warnings for settings built on `today`, each as path, value and message.
 *
 * @example
 * buildDayProblems({ ...settings, clinic: { ...settings.clinic, closures: [{ from: isoDate('2072-01-01'), to: isoDate('2072-01-02'), reason: 'x' }] } }, isoDate('2026-12-01')).errors[0]?.path
 * //=> ['clinic', 'closures', 0, 'from']
 */
export function buildDayProblems(settings: Pick<Settings, 'clinic'>, today: IsoDate): { errors: SettingsProblem[]; warnings: SettingsProblem[] } {
	const errors: SettingsProblem[] = [];
	const warnings: SettingsProblem[] = [];
	const year = toDateParts(today).year;
	const [first, last] = [year - 1, year + CLOSURE_YEARS_AHEAD];
	const closures = settings.clinic.closures;
	closures.forEach((closure, i) => {
		for (const key of ['from', 'to'] as const) {
			const closureYear = toDateParts(closure[key]).year;
			if (closureYear < first || closureYear > last) {
				errors.push({
					path: ['clinic', 'closures', i, key],
					value: closure[key],
					message: `must be in the years ${first} to ${last}, near this build (${year}): the calculators carry every closed day, so add a closure nearer the time and remove those that have passed`,
				});
				break;
			}
		}
	});
	const lastClosed = closures.map((closure) => closure.to).sort().at(-1);
	if (lastClosed !== undefined && lastClosed < addDays(today, 365)) {
		warnings.push({
			path: ['clinic', 'closures'],
			value: lastClosed,
			message: `ends on ${lastClosed}, within a year of this build; add the days the clinic will be closed after that and rebuild the site, or the calculators will not know them`,
		});
	}
	const nextReview = settings.clinic.reviewer.nextReview;
	if (nextReview !== undefined && nextReview < today) {
		warnings.push({
			path: ['clinic', 'reviewer', 'nextReview'],
			value: nextReview,
			message: `is ${nextReview}, which has passed, so the calculator pages tell patients they may be out of date; review them with the clinician and set lastReviewed and nextReview`,
		});
	}
	return { errors, warnings };
}
