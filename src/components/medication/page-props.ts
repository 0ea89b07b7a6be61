import type { ComponentChildren } from 'preact';
import type { ClinicDays } from '../../lib/rules/clinic-days/open-days.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { LetterSettings } from './letter.ts';
import type { PageMedicationStrings } from './strings.ts';

/** What both calculator pages give their islands alike (pages/calculator-props.ts builds it once per page; it lives here because the letter is the medication folder's). */
export interface CalculatorPageProps {
	/** The page's language code (`en`) and BCP 47 tag (`en-GB`). */
	lang: string;
	tag: string;
	phone: string;
	/** The clinic's web domain, for calendar event ids. */
	domain: string;
	/** The last day the page knows the clinic's closed days for; a date past it says to check with the clinic. */
	closedUntil: IsoDate;
	/** The prescriber's letter (clinic.yaml `letters`): the clinic's name and own sentence; left out when the clinic turned it off. */
	letter?: LetterSettings | undefined;
}

/** What the medication page gives its island (MedicationPage.astro); the answer reads the same. */
export interface MedicationProps extends CalculatorPageProps {
	/** Its words, less the answer's: those come with the picker's data (./strings.ts). */
	strings: PageMedicationStrings;
	/**
	 * The island's `picker` slot: the medicine picker as the page rendered it at build time. The
	 * picker's code and the clinic's medicine rules load when the patient reaches for it (./lazy-picker.tsx).
	 */
	picker?: ComponentChildren;
	/** When the clinic is open (weekdays, holidays, closures): flags a treatment date on a closed day, and says on a too-late answer when to call. */
	clinicDays?: ClinicDays | undefined;
}
