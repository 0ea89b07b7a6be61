/**
 * The words of the printouts (issue 23): the letter a patient takes to the doctor who prescribes a
 * blood thinner, and the slip clinic staff put in an appointment letter. They live apart from the
 * interface strings so the calculator pages load them only when a printout is made
 * (./index.ts). `{blank}` marks a line the doctor writes on by hand. Each other language file
 * must have exactly these keys (the type check fails otherwise).
 */
export const en = {
	'letter.title': 'A question about a medicine before prolotherapy',
	'letter.to': 'For the doctor who prescribes this medicine',
	'letter.patient': 'Patient: {blank}',
	'letter.intro': 'Your patient is booked for prolotherapy at {clinic}. Prolotherapy is a course of injections into joints, ligaments or tendons.',
	'letter.date': 'Treatment date',
	'letter.dates': 'Treatment dates',
	'letter.medicine': 'Medicine, as the patient named it',
	'letter.risk':
		'The guideline on pain procedures for patients taking blood thinners or antiplatelets (Narouze and others, 2018) counts injections into joints, tendons and muscles as procedures with a low risk of bleeding.',
	'letter.ask': 'We never stop or change this medicine ourselves. Please tell your patient what to do by ticking one box.',
	'letter.choices': 'What should your patient do with this medicine?',
	'letter.continue': 'Continue it as normal.',
	'letter.stop': 'Stop it: last dose on {blank}, restart on {blank}.',
	'letter.other': 'Other: {blank}',
	'letter.signed': 'Doctor’s name, signature and date: {blank}',
	'letter.questions': 'If you have questions about the treatment, please phone {clinic} on {phone}.',
	'letter.source': 'Source:',
	'letter.forPatient':
		'For the patient: scan this code or type the address to open your dates with this medicine and date filled in. Then tick that your doctor agreed and enter the days your doctor wrote.',
	'letter.qrLabel': 'QR code for the address below',
	'letter.print': 'Print the letter',
	'letter.close': 'Close the letter',
	'letter.failed': 'The letter could not be made. Please try again. If it still does not work, show this page to your doctor instead.',

	'insert.title': 'Before your prolotherapy: your medicines',
	'insert.name': 'For: {name}',
	'insert.date': 'Your treatment date: {date}',
	'insert.course': 'Your first session: {date}. Sessions: {sessions}, {weeks} apart.',
	'insert.medicationStep': 'Scan the code with your phone’s camera, or type the address below. It opens our medication dates page with your treatment date filled in.',
	'insert.plannerStep': 'Scan the code with your phone’s camera, or type the address below. It opens our session planner with your dates filled in.',
	'insert.addStep': 'Add every medicine you take. The page tells you which ones to stop before treatment, and on which day.',
	'insert.groups': 'Please check these medicines in particular:',
	'insert.questions': 'Questions? Phone {clinic}: {phone}',
	'insert.qrLabel': 'QR code for the address below',
} as const;

export type PrintoutKey = keyof typeof en;
export type PrintoutStrings = Record<PrintoutKey, string>;
