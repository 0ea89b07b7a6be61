import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { capitalise } from '../../i18n/fill.ts';
import type { UiStrings } from '../../i18n/strings/en.ts';
import { localized } from '../../lib/rules/localized-text.ts';
import { choiceOnEnter, findMedicines } from '../../lib/rules/medication/find-medicines.ts';
import type { MedicationRules } from '../../lib/rules/medication/types.ts';
import { pickLabel } from './names.ts';

import type { MedicinePick } from './picks.ts';
import { translator } from '../calculators/translator.ts';

export { pickedIds, type MedicinePick } from './picks.ts';

/** The words the picker shows; both calculators pass them from their strings. */
export type PickerKey = Extract<keyof UiStrings, `medication.find.${string}` | `medication.groups.${string}` | `medication.chosen.${string}` | 'medication.agreed' | 'calc.error'>;
export type PickerStrings = Pick<UiStrings, PickerKey>;


interface Props {
	/** The id of the search box: an error summary links to it. */
	id: string;
	lang: string;
	strings: PickerStrings;
	rules: MedicationRules;
	/** The clinic's phone number, for "my medicine is not on the list". */
	phone: string;
	picks: readonly MedicinePick[];
	onPicks: (picks: MedicinePick[]) => void;
	/** Picked ids whose prescriber agreed to a stop. */
	agreed: readonly string[];
	onAgreed: (ids: string[]) => void;
	/**
	 * What to show under a ticked agreement, by picked id: the medication page asks for the days
	 * the prescriber gave (./PrescriberDaysFields.tsx). Leave out to ask only for the agreement
	 * (the planner); the answer then says to use the prescriber's dates. Passed in rather than
	 * imported so the planner's bundle does not carry fields it never shows.
	 */
	afterAgreed?: ((id: string) => ComponentChildren) | undefined;
	/** The search box's text, when the page needs it (to add a typed medicine on submit). */
	query?: string | undefined;
	onQuery?: ((query: string) => void) | undefined;
	/** The message at the field, when the form needs a medicine. */
	error?: string | undefined;
	/** The level of the "Your medicines" heading in the page's outline. */
	headingLevel?: 2 | 3;
}

/**
 * The medicine picker shared by the medication calculator and the session planner: find a
 * medicine by generic or brand name, or tick a whole kind of medicine; the chosen list has a
 * remove button for each, and for a blood thinner a box to confirm the prescriber agreed (and,
 * on the medication page, `afterAgreed` asks for the days the prescriber gave). Enter adds a match only when
 * it cannot be the wrong rule: the only exact name, or matches that all share one rule; when the
 * rules differ (aspirin for pain or for the heart), it adds nothing and asks the patient to
 * choose. The search status is announced politely as the patient types.
 */
export function MedicinePicker(props: Props) {
	const { id, lang, strings, rules, phone, picks, onPicks, agreed, onAgreed, afterAgreed, error, headingLevel = 2 } = props;
	const t = translator<PickerKey>(strings, lang);
	const [ownQuery, setOwnQuery] = useState('');
	const query = props.query ?? ownQuery;
	const setQuery = props.onQuery ?? setOwnQuery;
	const [mustChoose, setMustChoose] = useState(false);
	const matches = useMemo(() => findMedicines(query, rules.medicines, { language: lang, limit: 8 }), [query, rules, lang]);
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	const groupName = (groupId: string) => {
		const group = rules.groups.find((g) => g.id === groupId);
		return group ? localized(group.name, lang) : '';
	};

	function add(pick: MedicinePick) {
		if (!picks.some((p) => p.selection === pick.selection && p.id === pick.id)) onPicks([...picks, pick]);
		setQuery('');
		setMustChoose(false);
		document.getElementById(id)?.focus();
	}

	const removeId = (pick: MedicinePick) => `${id}-remove-${pick.selection}-${pick.id}`;

	/** With `moveFocus` (its "Remove" button was pressed), focus goes to the next medicine's button, or the search box when none is left. */
	function remove(pick: MedicinePick, moveFocus = false) {
		const index = picks.findIndex((p) => p.selection === pick.selection && p.id === pick.id);
		const rest = picks.filter((_, i) => i !== index);
		onPicks(rest);
		onAgreed(agreed.filter((agreedId) => agreedId !== pick.id));
		if (!moveFocus) return;
		const next = rest[Math.min(index, rest.length - 1)];
		// After Preact has rendered the shorter list (its renders run on a microtask).
		setTimeout(() => document.getElementById(next ? removeId(next) : id)?.focus());
	}

	const needsAgreement = (pick: MedicinePick) => {
		const groupId = pick.selection === 'group' ? pick.id : rules.medicines.find((m) => m.id === pick.id)?.group;
		return rules.groups.find((g) => g.id === groupId)?.kind === 'prescriberDecides';
	};
	// A combination product's group, with the ingredient that puts it there.
	const contains = (medicineId: string, groupId: string) => {
		const ingredient = rules.medicines.find((m) => m.id === medicineId)?.contains;
		return ingredient ? t('medication.find.contains', { group: groupName(groupId), ingredient: localized(ingredient, lang) }) : groupName(groupId);
	};
	const groupPicked = (groupId: string) => picks.some((p) => p.selection === 'group' && p.id === groupId);
	const findStatus =
		query.trim() === ''
			? ''
			: matches.length === 0
				? t('medication.find.none', { phone })
				: mustChoose
					? t('medication.find.choose')
					: matches[0]?.quality === 'stem'
						? t('medication.find.stem', { phone })
						: matches.length === 1
						? t('medication.find.one')
						: t('medication.find.many', { count: matches.length });

	return (
		<>
			<div class={`form-group${error ? ' form-group--error' : ''}`}>
				<label class="label label--bold" for={id}>
					{t('medication.find.label')}
				</label>
				<div class="hint" id={`${id}-hint`}>
					{t('medication.find.hint')}
				</div>
				{error && (
					<p class="error-message" id={`${id}-error`}>
						<span class="visually-hidden">{t('calc.error')}</span> {error}
					</p>
				)}
				<input
					class="input"
					id={id}
					type="search"
					autoComplete="off"
					spellcheck={false}
					value={query}
					aria-describedby={`${id}-hint ${id}-status${error ? ` ${id}-error` : ''}`}
					onInput={(event) => {
						setQuery(event.currentTarget.value);
						setMustChoose(false);
					}}
					onKeyDown={(event) => {
						if (event.key !== 'Enter') return;
						event.preventDefault();
						const choice = choiceOnEnter(matches);
						if (choice.key === 'add') add({ selection: 'medicine', id: choice.match.medicineId, name: choice.match.name });
						else setMustChoose(choice.key === 'choose');
					}}
				/>
				<p class="hint find-status" id={`${id}-status`} aria-live="polite">
					{findStatus}
				</p>
				{matches.length > 0 && (
					<ul class="find-results">
						{matches.map((match) => {
							const label = pickLabel(rules, { selection: 'medicine', id: match.medicineId, name: match.name }, lang);
							return (
								<li key={match.medicineId}>
									<button type="button" class="button button--secondary" aria-describedby={`find-group-${match.medicineId}`} onClick={() => add({ selection: 'medicine', id: match.medicineId, name: match.name })}>
										{t('medication.find.add', { name: label })}
									</button>
									<span class="hint find-results__group" id={`find-group-${match.medicineId}`}>
										{contains(match.medicineId, match.groupId)}
									</span>
								</li>
							);
						})}
					</ul>
				)}
			</div>

			<details class="details">
				<summary>{t('medication.groups.legend')}</summary>
				<fieldset class="fieldset" aria-describedby={`${id}-groups-hint`}>
					<legend class="visually-hidden">{t('medication.groups.legend')}</legend>
					<div class="hint" id={`${id}-groups-hint`}>
						{t('medication.groups.hint')}
					</div>
					{rules.groups.map((group) => (
						<div class="checkbox" key={group.id}>
							<input
								type="checkbox"
								id={`group-${group.id}`}
								checked={groupPicked(group.id)}
								onChange={(event) => (event.currentTarget.checked ? add({ selection: 'group', id: group.id }) : remove({ selection: 'group', id: group.id }))}
							/>
							<label for={`group-${group.id}`}>{localized(group.name, lang)}</label>
						</div>
					))}
				</fieldset>
			</details>

			<details class="details">
				<summary>{t('medication.find.notListedSummary')}</summary>
				<p>{t('medication.find.notListedText', { phone })}</p>
			</details>

			<Heading class="chosen-title">{t('medication.chosen.title')}</Heading>
			{picks.length === 0 ? (
				<p class="hint">{t('medication.chosen.none')}</p>
			) : (
				<ul class="chosen">
					{picks.map((pick) => {
						const label = pickLabel(rules, pick, lang);
						const isAgreed = agreed.includes(pick.id);
						return (
							<li key={`${pick.selection}-${pick.id}`} class="chosen__item">
								<span class="chosen__name">{capitalise(label, lang)}</span>
								<button type="button" class="link-button" id={removeId(pick)} onClick={() => remove(pick, true)}>
									{t('medication.chosen.remove', { name: label })}
								</button>
								{needsAgreement(pick) && (
									<div class="checkbox">
										<input
											type="checkbox"
											id={`agreed-${pick.id}`}
											checked={isAgreed}
											onChange={(event) => onAgreed(event.currentTarget.checked ? [...agreed, pick.id] : agreed.filter((agreedId) => agreedId !== pick.id))}
										/>
										<label for={`agreed-${pick.id}`}>{t('medication.agreed')}</label>
									</div>
								)}
								{needsAgreement(pick) && isAgreed && afterAgreed?.(pick.id)}
							</li>
						);
					})}
				</ul>
			)}
		</>
	);
}
