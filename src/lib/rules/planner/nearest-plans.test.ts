import { expect, test } from 'vitest';
import { isoDate } from '../dates/iso-date.ts';
import { defaultPlannerSettings } from '../../../../tests/unit/support/planner-settings.ts';
import { nearestFittingPlans } from './nearest-plans.ts';

// From Monday 4 January 2027: 4 gaps of 6 weeks end on 21 June (168 days), 5 gaps of 5 weeks on 28 June (175 days).
test('6 sessions 6 weeks apart: 5 sessions, or 5 weeks apart, each with the last date it gives', () => {
	expect(nearestFittingPlans(isoDate('2027-01-04'), 6, 6, defaultPlannerSettings)).toEqual([
		{ sessions: 5, weeksBetween: 6, lastSessionDate: '2027-06-21', moves: 'all', changes: ['sessions'] },
		{ sessions: 6, weeksBetween: 5, lastSessionDate: '2027-06-28', moves: 'all', changes: ['weeksBetween'] },
	]);
});

test('counts outside the clinic’s range are brought within it; a plan equal to the request is left out', () => {
	expect(nearestFittingPlans(isoDate('2027-03-01'), 3, 8, defaultPlannerSettings)).toEqual([
		{ sessions: 3, weeksBetween: 6, lastSessionDate: '2027-05-24', moves: 'all', changes: ['weeksBetween'] },
	]);
	expect(nearestFittingPlans(isoDate('2027-03-01'), 3, 4, defaultPlannerSettings)).toEqual([]);
});
