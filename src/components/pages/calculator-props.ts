import { closedUntil } from 'virtual:clinic/settings';
import type { Lang } from '../../i18n/languages.ts';
import { settings } from '../../lib/site/settings/current.ts';
import { letterSettings } from '../medication/letter-settings.ts';
import type { CalculatorPageProps } from '../medication/page-props.ts';

/** The props both calculator islands take, built once at build time for a page's language (PlannerPage, MedicationPage). */
export function calculatorProps(lang: Lang, tag: string): CalculatorPageProps {
	return { closedUntil, lang, tag, phone: settings.clinic.phone, domain: new URL(settings.site.url).hostname, letter: letterSettings(lang) };
}
