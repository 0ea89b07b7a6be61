/**
 * Every word the site's own interface shows in English. Keys are flat and dotted, grouped by
 * where they appear. `{name}` marks a value filled in at build time. Each other language file
 * must have exactly these keys (the type check and `tests/unit/strings.test.ts` fail otherwise).
 */
export const en = {
	'site.description': 'Plain-language guides and planners to help you prepare for prolotherapy at {clinic}.',
	'site.titleSuffix': '{clinic}',

	'skipLink': 'Skip to main content',
	'header.home': '{clinic} home page',
	'header.logoAlt': '{clinic} logo',

	'nav.label': 'Main',
	'nav.guides': 'Guides',
	'nav.planner': 'Plan your sessions',
	'nav.medication': 'Medication dates',
	'nav.search': 'Search',

	'search.label': 'Search this site',
	'search.button': 'Search',
	'search.title': 'Search',
	'search.description': 'Search the guides for prolotherapy patients.',
	'search.intro': 'Type a word, like “bruising” or “ibuprofen”. Results are from this site only.',
	'search.noScript': 'Search needs JavaScript, which is turned off in your browser. You can still read every page from the list of guides.',
	'search.devMode': 'Search works only on the built site. Run “npm start” and open the address it prints.',
	'search.unavailable': 'Search could not load. Please try again, or browse the list of guides.',
	'search.browseGuides': 'Browse all guides',

	'language.label': 'Language',
	'language.switch': 'Read this page in {language}',

	'footer.disclaimerTitle': 'About this information',
	'footer.disclaimer': 'These pages give general information to help you prepare. They do not replace the advice of your doctor or your clinic. If you are unsure about anything, call the clinic.',
	'footer.privacyTitle': 'Your privacy',
	'footer.privacy': 'This site uses no cookies and no tracking. Nothing you type into the planners leaves your device.',
	'footer.contactTitle': 'Contact the clinic',
	'footer.phone': 'Phone',
	'footer.email': 'Email',
	'footer.emergency': 'In an emergency, call {number}',

	'home.title': 'Preparing for prolotherapy',
	'home.intro': 'Guides and planners from {clinic} to help you get ready for prolotherapy, know what is normal afterwards and plan your sessions.',
	'home.guidesTitle': 'Guides',
	'home.toolsTitle': 'Plan ahead',
	'home.plannerText': 'Work out the dates of your sessions and what to expect after each one.',
	'home.medicationText': 'Find the dates to stop and restart a medicine, if your clinic asked you to.',

	'guides.title': 'Guides',
	'guides.description': 'Guides for patients having prolotherapy at {clinic}, in the order you will need them.',
	'guides.intro': 'Read these guides in order, or go straight to the one you need.',

	'guide.lastReviewed': 'Page last reviewed: {date}',
	'guide.nextReview': 'Next review due: {date}',
	'guide.reviewedBy': 'Reviewed for {clinic} by {name}, {role}',
	'guide.sources': 'Sources',
	'guide.previous': 'Previous',
	'guide.next': 'Next',
	'guide.pagination': 'More guides',

	'planner.title': 'Plan your sessions',
	'planner.description': 'Work out the dates of your prolotherapy sessions and what to expect after each one.',
	'planner.placeholder': 'The session planner is being built. Until it is ready, please ask the clinic to help you plan your session dates.',

	'medication.title': 'Medication dates',
	'medication.description': 'Find the dates to stop and restart a medicine before prolotherapy, if your clinic asked you to.',
	'medication.placeholder': 'The medication date calculator is being built. Until it is ready, please call the clinic to check when to stop any medicine.',
	'medication.onlyIfTold': 'Only stop a medicine if your clinic or your doctor told you to.',

	'notFound.title': 'Page not found',
	'notFound.description': 'The page you asked for is not here.',
	'notFound.text': 'If you typed the address, check it is correct. If you followed a link, the page may have moved.',
	'notFound.home': 'Go to the home page',

	'callClinic': 'Call the clinic on {phone}',
} as const;

/** The shape every language's strings must have: the English keys, each a string. */
export type UiStrings = { readonly [K in keyof typeof en]: string };
export type StringKey = keyof typeof en;
