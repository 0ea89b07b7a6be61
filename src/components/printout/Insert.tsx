import { formatDate, formatDuration } from '../../i18n/format-date.ts';
import type { PrintoutKey, PrintoutStrings } from '../../i18n/printouts/index.ts';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import { loadStrings } from './Letter.tsx';
import { QrCode } from './QrCode.tsx';
import { printedLink, showPrintout } from './show.ts';
import { translator } from '../calculators/translator.ts';

/*
 * The slip clinic staff put in an appointment letter (issue 23), in the patient's language: the
 * date or course, what to do in two lines, the medicine groups to check, a QR code and the link
 * printed out. A name staff typed is printed here and nowhere else: never in the link.
 */

export interface InsertData {
	/** The patient's language code and BCP 47 tag. */
	lang: string;
	tag: string;
	clinic: string;
	phone: string;
	/** The name staff typed, printed on the slip only. */
	name: string;
	/** What the link opens: one treatment date, or a course. */
	opens: { kind: 'medication'; date: IsoDate } | { kind: 'planner'; first: IsoDate; sessions: number; weeks: number };
	/** The medicine groups to check, named in the patient's language. */
	groups: readonly string[];
	link: string;
}

function Insert({ data, strings }: { data: InsertData; strings: PrintoutStrings }) {
	const t = translator<PrintoutKey>(strings, data.tag);
	const day = (date: IsoDate) => formatDate(date, data.tag, 'weekday');
	const { opens } = data;
	return (
		<div class="printout__page printout__page--insert" lang={data.tag}>
			<p class="printout__from">
				<strong>{data.clinic}</strong>
			</p>
			<h2 id="printout-title" tabIndex={-1}>
				{t('insert.title')}
			</h2>
			{data.name.trim() !== '' && <p>{t('insert.name', { name: data.name.trim() })}</p>}
			<p>
				<strong>{opens.kind === 'medication' ? t('insert.date', { date: day(opens.date) }) : t('insert.course', { date: day(opens.first), sessions: opens.sessions, weeks: formatDuration(opens.weeks, 'week', data.tag) })}</strong>
			</p>
			<ol>
				<li>{opens.kind === 'medication' ? t('insert.medicationStep') : t('insert.plannerStep')}</li>
				<li>{t('insert.addStep')}</li>
			</ol>
			{data.groups.length > 0 && (
				<>
					<p>{t('insert.groups')}</p>
					<ul class="printout__groups">
						{data.groups.map((group) => (
							<li key={group}>{group}</li>
						))}
					</ul>
				</>
			)}
			<div class="printout__link">
				<QrCode text={data.link} label={t('insert.qrLabel')} />
				<p>
					<span class="printout__address">{printedLink(data.link)}</span>
					<br />
					{t('insert.questions', { clinic: data.clinic, phone: data.phone })}
				</p>
			</div>
		</div>
	);
}

/** Shows the slip on the page and opens the print dialogue. */
export async function showInsert(data: InsertData): Promise<void> {
	const strings = await loadStrings(data.lang);
	await showPrintout(<Insert data={data} strings={strings} />);
}
