import { h, hydrate, render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { medicineRules } from 'virtual:clinic/medicines';
import type { MedicationRules } from '../../lib/rules/medication/types.ts';
import { rendered, replayTyped, typedBeforeStart } from '../calculators/shell.ts';
import type { MedicinePicker } from './MedicinePicker.tsx';

/*
 * The loader boundary around the medicine picker (issue 26). Most patients never open it, and
 * it is the heaviest part of a calculator page (the component, the search, every medicine's
 * names), so neither its code nor its data comes with the page:
 *
 * - Where the picker is in view (the medication page), the page renders it at build time into
 *   the island's `picker` slot: static HTML the patient can already type into, tick and open,
 *   exactly what the picker itself shows first. Where it waits behind a closed "Add your
 *   medicines" (the planner), the page sends nothing: opening it loads the picker.
 * - The first sign of use (a focus, a tap, typing, a tick) loads the picker's chunk
 *   (./picker-chunk.ts) and the page language's medicines (`virtual:clinic/medicines`) together.
 * - The picker then hydrates that same HTML, so the box the patient is typing in stays the same
 *   element: focus, the caret and the phone's keyboard stay put. Text typed, boxes ticked and an
 *   Enter pressed meanwhile are replayed through the picker's handlers (the shell's way).
 * - A submit with something typed in the picker waits for all that (`waitFor`), then runs.
 */

type Chunk = typeof import('./picker-chunk.ts');
/** The picker's words (and, on the medication page, its answer's: ./strings.ts), as the data brings them. */
type Words = Awaited<ReturnType<(typeof medicineRules)[string]['notes']>>['default']['strings'];
export type LoadedPicker = Chunk & { rules: MedicationRules; strings: Words };
type PickerProps = Parameters<typeof MedicinePicker>[0];

/** The picker's state as the page renders it at build time, and as it hydrates: nothing picked or wrong yet. */
const FIRST_STATE = { picks: [], agreed: [], error: undefined } as const satisfies Partial<PickerProps>;
/** What the page renders the picker with at build time: its first state, and nothing to call. */
export const UNTOUCHED = { ...FIRST_STATE, onPicks: () => undefined, onAgreed: () => undefined } as const satisfies Partial<PickerProps>;

/** What starts the download: the first sign the patient is using the picker. */
const FIRST_USE = ['focusin', 'pointerdown', 'input', 'change', 'keydown'];

export interface PickerLoader {
	/** The picker's code and the clinic's rules, once they have arrived (the picker then runs at once). */
	readonly loaded: LoadedPicker | undefined;
	/** Starts loading the picker; resolves once it runs and has adopted what was typed. */
	load: () => Promise<LoadedPicker>;
	/**
	 * What a submit must wait for: while the picker has not started and holds something typed (or,
	 * with `always`, whatever it holds), its loading, which resolves once it runs and has adopted
	 * what was typed (an Enter pressed meanwhile included); otherwise undefined.
	 */
	waitFor: (always?: boolean) => Promise<LoadedPicker> | undefined;
	/** @internal What PickerSlot needs. */
	readonly slot: { element?: HTMLElement; chunk?: LoadedPicker; enter?: HTMLElement; ready: (picker: LoadedPicker) => void };
}

/**
 * A calculator's handle on its picker: call in the calculator, pass to {@link PickerSlot}.
 * `alongside` starts whatever else the calculator needs once the picker is in use (its answer), in the same moment.
 */
export function usePickerLoader(lang: string, variant: 'notes' | 'plain', alongside?: () => void): PickerLoader {
	const [loaded, setLoaded] = useState<LoadedPicker>();
	const own = useRef<{ slot: PickerLoader['slot']; done: Promise<LoadedPicker>; begun?: boolean; settled?: boolean }>();
	if (!own.current) {
		const slot: PickerLoader['slot'] = { ready: () => undefined };
		const done = new Promise<LoadedPicker>((resolve) => {
			slot.ready = (picker) => {
				if (own.current) own.current.settled = true;
				resolve(picker);
			};
		});
		own.current = { slot, done };
	}
	const state = own.current;
	const load = () => {
		const data = medicineRules[lang]?.[variant];
		if (!state.begun && data) {
			state.begun = true;
			alongside?.();
			Promise.all([import('./picker-chunk.ts'), data()]).then(
				([chunk, { default: data }]) => setLoaded((state.slot.chunk = { ...chunk, rules: chunk.rulesFromPage(data.rules), strings: data.strings })),
				// A failed download (offline before the first visit ended, a redeploy): the next use tries again.
				() => (state.begun = false),
			);
		}
		return state.done;
	};
	const typed = () => {
		const found = state.slot.element && typedBeforeStart(state.slot.element);
		return !!found && found.texts.length + found.ticks.length > 0;
	};
	return {
		loaded,
		load,
		waitFor: (always = false) => (state.settled || !(always || typed()) ? undefined : load()),
		slot: state.slot,
	};
}

interface SlotProps {
	loader: PickerLoader;
	/** The island's `picker` slot: the picker as the page rendered it at build time, if it did. */
	children?: ComponentChildren;
	/** The picker's props, less its rules and words (the loader brings them). */
	props: Omit<PickerProps, 'rules' | 'strings'>;
}

/**
 * Where the picker sits in a calculator: its build-time HTML (if any) until it loads, then the
 * picker itself, hydrated over that HTML as a root of its own and rendered again with each render.
 */
export function PickerSlot({ loader, children, props }: SlotProps) {
	const wrapper = useRef<HTMLDivElement>(null);
	const { slot } = loader;

	useEffect(() => {
		const element = (children && wrapper.current?.querySelector<HTMLElement>('astro-slot')) || wrapper.current;
		if (!element) return;
		slot.element = element;
		const start = (event: Event) => {
			if ('hydrated' in element.dataset) return;
			// Enter in the search box adds a medicine: held until the picker can, never a submit.
			if (event instanceof KeyboardEvent && event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'search') {
				event.preventDefault();
				slot.enter = event.target;
			}
			void loader.load();
		};
		for (const type of FIRST_USE) element.addEventListener(type, start);
		return () => {
			for (const type of FIRST_USE) element.removeEventListener(type, start);
		};
	}, []);

	useLayoutEffect(() => {
		const { element, chunk } = slot;
		if (!chunk || !element) return;
		const picker = (own: Partial<PickerProps>) => h(chunk.MedicinePicker, { ...props, ...own, rules: chunk.rules, strings: chunk.strings });
		if ('hydrated' in element.dataset) return render(picker({}), element);
		element.dataset['hydrated'] = '';
		// What the build rendered: nothing picked, typed or wrong yet. The next render brings the rest.
		const typed = typedBeforeStart(element);
		(element.firstChild ? hydrate : render)(picker({ ...FIRST_STATE, ...(props.query === undefined ? {} : { query: '' }) }), element);
		void replayTyped(typed).then(async () => {
			slot.enter?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
			await rendered();
			slot.ready(chunk);
		});
	});

	// Without build-time HTML, the picker's root owns this element's children: the island leaves them be.
	return children ? (
		<div class="picker-slot" ref={wrapper}>
			{children}
		</div>
	) : (
		<div class="picker-slot" ref={wrapper} dangerouslySetInnerHTML={{ __html: '' }} />
	);
}
