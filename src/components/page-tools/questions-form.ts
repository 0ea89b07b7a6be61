/*
 * The appointment questions (AppointmentQuestions.astro) at work: the ticks and the patient's own
 * questions are read from the address's fragment, and written back to it (replaceState: no
 * request, no history entry) as they change, so a reload or the kept link brings them back.
 * "Print your questions" prints only the chosen ones, each with lines for the answer.
 * The page loads this only when it is needed (a link with questions, or the first tick, word or
 * press: AppointmentQuestions.astro's loader); a press made before it arrived waits in
 * `data-pending` and is done here.
 */
import { decodeQuestions, encodeQuestions, QUESTION_IDS, QUESTIONS_IN_LINK, type QuestionId } from './questions.ts';

const section = document.querySelector<HTMLElement>('[data-questions]');

function chosen(section: HTMLElement) {
	const boxes = [...section.querySelectorAll<HTMLInputElement>('.questions__box')];
	const own = [...section.querySelectorAll<HTMLInputElement>('[data-own]')];
	return { boxes, own };
}

function setUp(section: HTMLElement) {
	const { boxes, own } = chosen(section);
	const message = section.querySelector<HTMLElement>('[data-questions-message]');
	const linkBox = section.querySelector<HTMLElement>('[data-questions-link]');
	const linkField = linkBox?.querySelector('input');
	const copied = section.querySelector<HTMLElement>('[data-questions-copied]');
	const printout = section.querySelector<HTMLOListElement>('[data-questions-printout]');

	const current = () => ({
		ticked: boxes.filter((box) => box.checked).map((box) => box.value as QuestionId),
		own: own.map((field) => field.value),
	});
	const link = () => `${location.origin}${location.pathname}${encodeQuestions(current())}`;

	// A link with questions fills the form; otherwise what was ticked or typed before this loaded stays.
	if (QUESTIONS_IN_LINK.test(location.hash)) {
		const saved = decodeQuestions(location.hash);
		for (const box of boxes) box.checked = saved.ticked.includes(box.value as QuestionId);
		own.forEach((field, i) => {
			field.value = saved.own[i] ?? '';
		});
	}

	const keep = () => {
		const hash = encodeQuestions(current());
		history.replaceState(history.state, '', hash === '' ? location.pathname : hash);
		if (message) message.textContent = '';
		if (linkField) linkField.value = link();
		if (copied) copied.textContent = '';
	};
	section.addEventListener('input', keep);
	if (!QUESTIONS_IN_LINK.test(location.hash)) keep();

	const printQuestions = () => {
		const { ticked, own: typed } = current();
		const questions = [
			...QUESTION_IDS.filter((id) => ticked.includes(id)).map((id) => section.querySelector(`label[for="question-${id}"]`)?.textContent ?? ''),
			...typed.map((text) => text.trim()).filter(Boolean),
		];
		if (questions.length === 0) {
			if (message) message.textContent = section.dataset['none'] ?? '';
			boxes[0]?.focus();
			return;
		}
		printout?.replaceChildren(
			...questions.map((text) => {
				const item = document.createElement('li');
				const question = document.createElement('p');
				question.className = 'questions__question';
				question.textContent = text;
				const answer = document.createElement('p');
				answer.className = 'questions__answer';
				answer.textContent = section.dataset['answer'] ?? '';
				item.append(question, answer);
				return item;
			}),
		);
		document.documentElement.classList.add('printing-questions');
		addEventListener('afterprint', () => document.documentElement.classList.remove('printing-questions'), { once: true });
		print();
	};

	const copyLink = async () => {
		if (!linkBox || !linkField) return;
		linkField.value = link();
		linkBox.hidden = false;
		try {
			await navigator.clipboard.writeText(linkField.value);
			if (copied) copied.textContent = section.dataset['copied'] ?? '';
		} catch {
			// The browser does not allow copying: the link is in the field, selected, to copy by hand.
			linkField.focus();
			linkField.select();
		}
	};
	section.querySelector('[data-questions-print]')?.addEventListener('click', printQuestions);
	section.querySelector('[data-questions-copy]')?.addEventListener('click', () => void copyLink());
	linkField?.addEventListener('focus', () => linkField.select());
	section.dataset['ready'] = '';
	const pending = section.dataset['pending'];
	delete section.dataset['pending'];
	if (pending === 'print') printQuestions();
	if (pending === 'copy') void copyLink();
}

if (section) setUp(section);
