import { formatDate } from '../../i18n/format-date.ts';
import { isLang } from '../../i18n/languages.ts';
import { printoutStrings, type PrintoutKey, type PrintoutStrings } from '../../i18n/printouts/index.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import { WithBlanks } from './Blank.tsx';
import { QrCode } from './QrCode.tsx';
import { closePrintout, printedLink, printPrintout, showPrintout } from './show.ts';
import { translator } from '../calculators/translator.ts';

/*
 * The letter for the doctor who prescribes a blood thinner or an antiplatelet (issue 23). Loaded
 * by LetterButton.tsx only when the patient presses it, with its words (../../i18n/printouts/)
 * and the QR library. One A4 page in the page's language: the treatment, its date(s) with the
 * weekday, the clinic and its phone, the bleeding-risk category in Narouze et al. 2018 with the
 * citation, the medicine as the patient picked it, boxes for the doctor, and a code and a link
 * that reopen the calculator with the date and the medicine, never the prescriber's agreement.
 */

/** The citation the letter prints, in the guideline's own language (docs/medicine-groups.md). */
export const NAROUZE_2018 =
	'Narouze S, Benzon HT, Provenzano D, et al. Interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications (second edition). Reg Anesth Pain Med 2018;43:225-262. doi:10.1097/AAP.0000000000000700';

export interface LetterData {
	/** The page's language code and BCP 47 tag. */
	lang: string;
	tag: string;
	clinic: string;
	phone: string;
	/** The clinic's own sentence for the doctor (`letters.prescriberNote`), in the page's language. */
	note?: string | undefined;
	/** The treatment date, or each session's date. */
	dates: readonly IsoDate[];
	/** The medicine as the patient picked it: "Xarelto (rivaroxaban)", or a group's name. */
	medicine: string;
	/** The address that reopens the calculator with the date and this medicine only. */
	link: string;
}

/** Loads the page language's printout words. */
export async function loadStrings(lang: string): Promise<PrintoutStrings> {
	return printoutStrings[isLang(lang) ? lang : 'en']();
}

function Letter({ data, strings }: { data: LetterData; strings: PrintoutStrings }) {
	const t = translator<PrintoutKey>(strings, data.tag);
	const day = (date: IsoDate) => formatDate(date, data.tag, 'weekday');
	return (
		<>
			<div class="printout__page printout__page--letter">
				<p class="printout__from">
					<strong>{data.clinic}</strong>
					<br />
					{data.phone}
				</p>
				<h2 id="printout-title" tabIndex={-1}>
					{t('letter.title')}
				</h2>
				<p>{t('letter.to')}</p>
				<p>
					<WithBlanks text={t('letter.patient')} />
				</p>
				<p>{t('letter.intro', { clinic: data.clinic })}</p>
				<dl class="printout__facts">
					<dt>{data.dates.length > 1 ? t('letter.dates') : t('letter.date')}</dt>
					<dd>{data.dates.map(day).join('; ')}</dd>
					<dt>{t('letter.medicine')}</dt>
					<dd>{data.medicine}</dd>
				</dl>
				<p>{t('letter.risk')}</p>
				<p>{t('letter.ask')}</p>
				<p class="printout__choices-title">
					<strong>{t('letter.choices')}</strong>
				</p>
				<ul class="printout__choices">
					<li>{t('letter.continue')}</li>
					<li>
						<WithBlanks text={t('letter.stop')} />
					</li>
					<li>
						<WithBlanks text={t('letter.other')} />
					</li>
				</ul>
				<p class="printout__signed">
					<WithBlanks text={t('letter.signed')} />
				</p>
				{data.note && <p>{data.note}</p>}
				<p>{t('letter.questions', { clinic: data.clinic, phone: data.phone })}</p>
				<p class="printout__source">
					{t('letter.source')} <span lang="en">{NAROUZE_2018}</span>
				</p>
				<div class="printout__link">
					<QrCode text={data.link} label={t('letter.qrLabel')} />
					<p>
						{t('letter.forPatient')}
						<br />
						<span class="printout__address">{printedLink(data.link)}</span>
					</p>
				</div>
			</div>
			<p class="printout__actions no-print">
				<button type="button" class="button" onClick={printPrintout}>
					{t('letter.print')}
				</button>{' '}
				<button type="button" class="button button--secondary" onClick={closePrintout}>
					{t('letter.close')}
				</button>
			</p>
		</>
	);
}

/** Shows the letter on the page and opens the print dialogue. */
export async function printLetter(data: LetterData): Promise<void> {
	const strings = await loadStrings(data.lang);
	await showPrintout(<Letter data={data} strings={strings} />);
}
