import { useMemo, useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/rules/dates/iso-date.ts';
import type { FieldError } from './ErrorSummary.tsx';
import { useCalculatorShell, type Shell, type ShellOptions } from './shell.ts';
import { readToday, useToday } from './today.ts';

/*
 * The one state hook both calculators run on (issue 25). It stores only what the patient typed
 * (the inputs) and the form as it was when they asked (`asked`); everything else is worked out
 * from those, once per change, never stored beside them:
 *
 *   inputs ──(a submit, or a link)──▶ asked ──read──▶ errors, or a reading (typed text read at this edge)
 *   inputs + reading + today ──show──▶ the answer and what goes with it
 *
 * A submit and a link take one way: a submit first waits for what it needs (the medicine picker's
 * chunk, with what was typed into it replayed), then asks with the inputs as they are by then.
 * The calculator's model (its pure reading and answer) is the island's; the page's shell (the
 * fragment, focus, announcements, input typed before start) is ./shell.ts.
 */

const NONE: readonly FieldError[] = [];

/** The form as the patient sent it, with what a link said that the boxes cannot hold. */
export interface Asked<Inputs, Link> {
	readonly inputs: Inputs;
	/** Today when they asked: what the date was checked against (a past date is refused). */
	readonly today: IsoDate;
	/** From a shared link: the date as it was written, medicines the page does not know. */
	readonly link?: Link | undefined;
}

/** The form read: a message per box at fault, or what the answer needs. */
export type Read<Reading> = { readonly errors: readonly FieldError[]; readonly reading?: Reading | undefined };

export interface CalculatorModel<Inputs, Link, R extends Read<unknown>, Shown extends { readonly answer?: unknown }> {
	/** The form as the page first shows it. */
	readonly empty: Inputs;
	/** What a submit does to the form before it is read (the medication page adds a name typed but not added). */
	readonly beforeAsk?: ((inputs: Inputs) => Inputs) | undefined;
	/** Reads the form as asked. Pure. */
	readonly read: (asked: Asked<Inputs, Link>) => R;
	/** The answer, from the reading and the form as it is now (a medicine added since, a session moved), for today. Pure. */
	readonly show: (inputs: Inputs, read: R | undefined, today: IsoDate) => Shown;
	/** A shared link's inputs (the form's others as they are), and whether it asks for its answer at once; undefined when the fragment gives none. */
	readonly fromLink: (hash: string, inputs: Inputs) => { inputs: Inputs; link?: Link | undefined; ask: boolean } | undefined;
	/** The fragment that reopens the answer on screen; never the prescriber's agreement or a typed name. */
	readonly fragment: (shown: Shown, inputs: Inputs) => string | undefined;
	/**
	 * What a submit (or, with a hash, a link) must wait for before it is read: a promise, or
	 * undefined when it can be read now.
	 */
	readonly waitFor?: ((hash?: string) => Promise<unknown> | undefined) | undefined;
	/** The names of the medicines chosen, announced as each is added or removed. */
	readonly chosen?: ((inputs: Inputs) => readonly string[]) | undefined;
}

export interface Calculator<Inputs, R, Shown> {
	readonly inputs: Inputs;
	/** Changes some inputs, as typed (a function gets the inputs as of the last change). */
	readonly set: (change: Partial<Inputs> | ((inputs: Inputs) => Partial<Inputs>)) => void;
	/** The errors of the last ask, in the form's order (the error summary's list). */
	readonly errors: readonly FieldError[];
	/** The message at a question (its id), if it has one. */
	readonly errorAt: (id: string) => FieldError | undefined;
	/** The form as last asked, read (undefined before the first ask). */
	readonly read: R | undefined;
	readonly shown: Shown;
	/** The form's submit handler. */
	readonly onSubmit: (event: Event) => void;
	/** Asks again with these inputs changed (a suggestion pressed), as they are: no `beforeAsk`. */
	readonly ask: (change?: Partial<Inputs>) => void;
	readonly shell: Shell;
}

/**
 * Runs a calculator's model. `deps` are what the model's functions read besides their arguments
 * (the clinic's rules, the words), as for `useMemo`: the reading and the answer are worked out
 * again when one of them changes.
 */
export function useCalculator<Inputs, Link, R extends Read<unknown>, Shown extends { readonly answer?: unknown }>(
	model: CalculatorModel<Inputs, Link, R, Shown>,
	t: ShellOptions['t'],
	deps: readonly unknown[],
): Calculator<Inputs, R, Shown> {
	const [inputs, setInputs] = useState(model.empty);
	const [asked, setAsked] = useState<Asked<Inputs, Link>>();
	// The inputs as of the last change, for a submit that waited: the render may not have run yet.
	const latest = useRef(inputs);
	latest.current = inputs;
	const modelNow = useRef(model);
	modelNow.current = model;
	const today = useToday();

	const read = useMemo(() => asked && model.read(asked), [asked, ...deps]);
	const shown = useMemo(() => model.show(inputs, read, today), [inputs, read, today, ...deps]);
	const errors = read?.errors ?? NONE;

	const set = (change: Partial<Inputs> | ((inputs: Inputs) => Partial<Inputs>)) => {
		latest.current = { ...latest.current, ...(typeof change === 'function' ? change(latest.current) : change) };
		setInputs(latest.current);
	};
	const askNow = (next: Inputs, link?: Link) => {
		latest.current = next;
		setInputs(next);
		// The answer's heading takes focus when it appears; with errors, the error summary does instead.
		shell.focusAnswer();
		setAsked({ inputs: next, today: readToday(), link });
	};
	const ask = (change: Partial<Inputs> = {}) => askNow({ ...latest.current, ...change });

	/** Puts a shared link's inputs into the form and shows its answer. */
	function restore(hash: string) {
		const waiting = modelNow.current.waitFor?.(hash);
		if (waiting) {
			void waiting.then(() => restore(hash));
			return;
		}
		const shared = modelNow.current.fromLink(hash, latest.current);
		if (!shared) return;
		if (shared.ask) askNow(shared.inputs, shared.link);
		else set(shared.inputs);
	}

	const shell = useCalculatorShell({
		t,
		restore,
		fragment: shown.answer === undefined ? undefined : model.fragment(shown, inputs),
		answer: shown.answer,
		chosen: model.chosen?.(inputs) ?? [],
		hasErrors: errors.length > 0,
	});

	return {
		inputs,
		set,
		errors,
		errorAt: (id) => errors.find((error) => (error.question ?? error.field) === id),
		read,
		shown,
		onSubmit: (event) => {
			event.preventDefault();
			const submit = () => {
				const { beforeAsk } = modelNow.current;
				askNow(beforeAsk ? beforeAsk(latest.current) : latest.current);
			};
			const waiting = modelNow.current.waitFor?.();
			if (waiting) void waiting.then(submit);
			else submit();
		},
		ask,
		shell,
	};
}
