import { expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import { plannerSettingsFromInput } from '../../../../tests/unit/support/planner-settings.ts';
import { sessionDates } from './session-dates.ts';

// Open on Mondays and Wednesdays only; Tuesday 2 March 2027 is closed.
const settings = plannerSettingsFromInput({ treatment: {}, openDays: ['monday', 'wednesday'] });

test('each session N weeks after the one before it; a closed day is offered its bookable day, and left unmoved unless asked', () => {
	expect(sessionDates(isoDate('2027-03-02'), 3, 4, 'none', settings)).toEqual([
		{ plannedDate: '2027-03-02', date: '2027-03-02', moved: false, nextOpenDate: '2027-03-03' },
		{ plannedDate: '2027-03-30', date: '2027-03-30', moved: false, nextOpenDate: '2027-03-31' },
		{ plannedDate: '2027-04-27', date: '2027-04-27', moved: false, nextOpenDate: '2027-04-28' },
	]);
});

test('a moved session carries the later ones with it', () => {
	expect(sessionDates(isoDate('2027-03-02'), 3, 4, [2], settings).map(({ date, moved }) => [date, moved])).toEqual([
		['2027-03-02', false],
		['2027-03-31', true],
		['2027-04-28', false],
	]);
	expect(sessionDates(isoDate('2027-03-02'), 2, 4, 'all', settings).map(({ date }) => date)).toEqual(['2027-03-03', '2027-03-31']);
});

test('no sessions, no dates', () => {
	expect(sessionDates(isoDate('2027-03-02'), 0, 4, 'all', settings)).toEqual([]);
});
