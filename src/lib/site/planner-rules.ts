import settings, { closedDates } from 'virtual:clinic/settings';
import type { Lang } from '../../i18n/languages.ts';
import { localized } from '../rules/localized-text.ts';
import { plannerSettingsFrom } from '../rules/planner/from-settings.ts';
import type { PlannerSettings } from '../rules/planner/types.ts';

/**
 * The clinic's planner rules as a page in `lang` carries them for the browser: plain data from
 * the settings and the build's closed days (virtual:clinic/settings), each follow-up visit named
 * in that language only. The planner page hands them to its island, the pack page to its dates
 * script, and the medication page reads its open weekdays and closed dates from them. Build time only.
 */
export function pagePlannerRules(lang: Lang): PlannerSettings {
	const rules = plannerSettingsFrom(settings, closedDates);
	return { ...rules, followUps: rules.followUps.map((visit) => ({ ...visit, name: { [lang]: localized(visit.name, lang) } })) };
}
