import { readFileSync } from 'node:fs';
import type { HolidayQuestion } from './holiday-process.ts';
import { holidayDatesOf, knownPlaces } from './public-holidays.ts';

/*
 * The child process of holiday-process.ts: reads one question as JSON from its standard input,
 * answers it with date-holidays and writes the answer as JSON to its standard output.
 */

// Only when run as a process: the JSDoc example test imports every file here, and must not wait on its input.
if (import.meta.main) {
	const question = JSON.parse(readFileSync(0, 'utf8')) as HolidayQuestion;
	const answer = question.kind === 'places' ? knownPlaces() : holidayDatesOf(question.place, question.fromYear, question.toYear);
	process.stdout.write(JSON.stringify(answer));
}
