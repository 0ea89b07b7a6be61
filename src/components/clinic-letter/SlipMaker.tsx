import { useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import { parseDateParts } from '../../lib/rules/dates/parse-date-input.ts';
import { encodeHoldFragment } from '../../lib/rules/share/encode-fragment.ts';
import { encodeCourseFragment } from '../../lib/rules/share/course-fragment.ts';
import { DateInput, type DateBoxes } from '../calculators/DateInput.tsx';
import { ErrorSummary, type FieldError } from '../calculators/ErrorSummary.tsx';
import { dateError } from '../calculators/read-date-fields.ts';
import { readWholeNumber } from '../calculators/read-number.ts';
import { TextInput } from '../calculators/TextInput.tsx';
import { translator } from '../calculators/translator.ts';
import { readToday } from '../calculators/today.ts';
import { printPrintout } from '../printout/show.ts';
import type { SlipKey, SlipStrings } from './strings.ts';
import { DAYS_AHEAD } from '../../lib/rules/limits.ts';

/** A language the slip can be printed in, with its calculator pages' paths (the base included). */
export interface SlipLanguage {
	code: string;
	name: string;
	tag: string;
	medication: string;
	planner: string;
}

interface Props {
	/** The page's language code and tag: the form's words. */
	lang: string;
	tag: string;
	strings: SlipStrings;
	languages: readonly SlipLanguage[];
	/** The clinic's medicine groups, with their names in every language. */
	groups: readonly { id: string; name: Readonly<Record<string, string>> }[];
	clinic: string;
	phone: string;
	sessions: { min: number; max: number; default: number };
	weeksBetween: { min: number; max: number; default: number };
}

const DATE_ID = 'slip-date';
const SESSIONS_ID = 'slip-sessions';
const WEEKS_ID = 'slip-weeks';
const EMPTY_DATE: DateBoxes = { day: '', month: '', year: '' };

/**
 * The staff page's form (issue 23): a treatment date, or a first session with the number of
 * sessions and the weeks between, the medicine groups to check, the patient's language and an
 * optional name. It makes a slip with a link that opens the medication calculator or the planner
 * filled in. The name goes on the paper only: never in the link, the QR code or a request (the
 * form is never sent anywhere: `method="dialog"`, and its submit is handled here).
 */
export default function SlipMaker({ lang, tag, strings, languages, groups, clinic, phone, sessions: sessionLimits, weeksBetween }: Props) {
	const t = translator<SlipKey>(strings, tag);
	const [kind, setKind] = useState<'medication' | 'planner'>('medication');
	const [date, setDate] = useState<DateBoxes>(EMPTY_DATE);
	const [sessions, setSessions] = useState(String(sessionLimits.default));
	const [weeks, setWeeks] = useState(String(weeksBetween.default));
	const [picked, setPicked] = useState<string[]>([]);
	const [patientLang, setPatientLang] = useState(lang);
	const [name, setName] = useState('');
	const [errors, setErrors] = useState<FieldError[]>([]);
	const [made, setMade] = useState(false);

	const whole = (text: string, limits: { min: number; max: number }) => {
		const read = readWholeNumber(text);
		return read.ok && read.value >= limits.min && read.value <= limits.max ? read.value : undefined;
	};
	const errorAt = (id: string) => errors.find((error) => (error.question ?? error.field) === id);

	async function submit() {
		const found: FieldError[] = [];
		const parsed = parseDateParts(date, { today: readToday(), maxDaysAhead: DAYS_AHEAD });
		if (!parsed.ok) found.push(dateError(DATE_ID, parsed.fields, t(`calc.dateError.${parsed.error}`, { field: strings['staff.date.field'] })));
		const count = whole(sessions, sessionLimits);
		const apart = whole(weeks, weeksBetween);
		if (kind === 'planner' && count === undefined) found.push({ field: SESSIONS_ID, message: t('staff.numberError', sessionLimits) });
		if (kind === 'planner' && apart === undefined) found.push({ field: WEEKS_ID, message: t('staff.numberError', weeksBetween) });
		setErrors(found);
		if (found.length > 0 || !parsed.ok) return;
		const language = languages.find((l) => l.code === patientLang) ?? languages[0];
		if (!language) return;
		const first: IsoDate = parsed.date;
		const fragment =
			kind === 'medication'
				? encodeHoldFragment({ treatmentDate: first, medicineIds: [], groupIds: picked, prescriberAgreed: [] })
				: encodeCourseFragment({ firstSession: first, sessions: count ?? null, weeksBetween: apart ?? null, moves: [], medicineIds: [], groupIds: picked });
		const { showInsert } = await import('../printout/Insert.tsx');
		await showInsert({
			lang: language.code,
			tag: language.tag,
			clinic,
			phone,
			name,
			opens: kind === 'medication' ? { kind, date: first } : { kind, first, sessions: count ?? sessionLimits.default, weeks: apart ?? weeksBetween.default },
			groups: groups.filter((group) => picked.includes(group.id)).map((group) => group.name[language.code] ?? group.name['en'] ?? group.id),
			link: new URL(kind === 'medication' ? language.medication : language.planner, location.origin).href + fragment,
		});
		setMade(true);
	}

	const numberField = (id: string, label: string, value: string, setValue: (v: string) => void) => {
		const error = errorAt(id);
		return <TextInput id={id} label={label} width="input--3" numeric value={value} onInput={setValue} error={error && { message: error.message, prefix: t('calc.error') }} />;
	};

	return (
		<div class="calculator">
			<form
				method="dialog"
				class="no-print"
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					void submit();
				}}
			>
				<ErrorSummary title={t('calc.errorSummaryTitle')} errors={errors} />
				<fieldset class="fieldset form-group">
					<legend class="label label--bold">{t('staff.kind.legend')}</legend>
					{(['medication', 'planner'] as const).map((option) => (
						<div class="checkbox" key={option}>
							<input type="radio" name="slip-kind" id={`slip-kind-${option}`} checked={kind === option} onChange={() => setKind(option)} />
							<label for={`slip-kind-${option}`}>{t(`staff.kind.${option}`)}</label>
						</div>
					))}
				</fieldset>
				<DateInput
					id={DATE_ID}
					legend={kind === 'medication' ? t('staff.date.medication') : t('staff.date.planner')}
					hint={t('calc.date.hint')}
					labels={{ day: t('calc.date.day'), month: t('calc.date.month'), year: t('calc.date.year') }}
					value={date}
					onInput={setDate}
					error={errorAt(DATE_ID)}
					errorPrefix={t('calc.error')}
				/>
				{kind === 'planner' && numberField(SESSIONS_ID, t('staff.sessions'), sessions, setSessions)}
				{kind === 'planner' && numberField(WEEKS_ID, t('staff.weeks'), weeks, setWeeks)}
				<fieldset class="fieldset form-group" aria-describedby="slip-groups-hint">
					<legend class="label label--bold">{t('staff.groups.legend')}</legend>
					<div class="hint" id="slip-groups-hint">
						{t('staff.groups.hint')}
					</div>
					{groups.map((group) => (
						<div class="checkbox" key={group.id}>
							<input
								type="checkbox"
								id={`slip-group-${group.id}`}
								checked={picked.includes(group.id)}
								onChange={(event) => setPicked(event.currentTarget.checked ? [...picked, group.id] : picked.filter((id) => id !== group.id))}
							/>
							<label for={`slip-group-${group.id}`}>{group.name[lang] ?? group.name['en'] ?? group.id}</label>
						</div>
					))}
				</fieldset>
				{languages.length > 1 && (
					<fieldset class="fieldset form-group">
						<legend class="label label--bold">{t('staff.lang')}</legend>
						{languages.map((language) => (
							<div class="checkbox" key={language.code}>
								<input type="radio" name="slip-lang" id={`slip-lang-${language.code}`} checked={patientLang === language.code} onChange={() => setPatientLang(language.code)} />
								<label for={`slip-lang-${language.code}`} lang={language.tag}>
									{language.name}
								</label>
							</div>
						))}
					</fieldset>
				)}
				<TextInput id="slip-name" label={t('staff.name')} hint={t('staff.nameHint')} value={name} onInput={setName} />
				<button type="submit" class="button">
					{t('staff.submit')}
				</button>
				{made && (
					<p>
						<button type="button" class="button button--secondary" onClick={printPrintout}>
							{t('staff.print')}
						</button>
					</p>
				)}
			</form>
		</div>
	);
}
