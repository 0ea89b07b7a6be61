import { expect, test } from 'vitest';
import { fill, strings } from '../../src/i18n/index.ts';
import { tr as printoutsTr } from '../../src/i18n/printouts/tr.ts';
import { loadSettings } from '../../src/lib/site/settings/load.ts';

/*
 * The Turkish interface reads as Turkish sentences with the example clinic's (English) name in
 * it: every string is rendered with that name and sample values, and none puts a Turkish suffix
 * or "kliniği" after the name (a name from any language cannot take a suffix safely), and none
 * leaves English words behind.
 */

const settings = loadSettings({}, process.cwd());
const clinic = settings.clinic.name;
/** Sample values for every placeholder the strings use: Turkish where a Turkish page fills in Turkish. */
const samples: Record<string, string> = {
	clinic,
	phone: settings.clinic.phone,
	number: settings.clinic.emergencyNumber,
	name: 'ibuprofen',
	language: 'Türkçe',
	date: '12 Mart 2027',
	first: '12 Mart 2027',
	last: '4 Haziran 2027',
	from: '9 Mart 2027',
	to: '19 Mart 2027',
	treatment: '12 Mart 2027',
	dates: '9, 10 ve 11 Mart 2027',
	reopens: '15 Mart 2027 Pazartesi',
	today: '13 Mart 2027',
	weekday: 'Cumartesi',
	days: '3 gün',
	bruisingDays: '7 gün',
	weeks: '4 hafta',
	months: '6 ay',
	hours: 'Pazartesi–cuma, 09.00–17.00',
	button: 'Naproksen ekle',
	outOfHours: 'en yakın hastanenin acil servisine gidin.',
	field: 'Tedavi tarihi',
	query: 'aspirin',
	count: '3',
	min: '1',
	max: '6',
	minSessions: '1',
	maxSessions: '6',
	minWeeks: '2',
	maxWeeks: '6',
	sessions: '3',
	total: '540 £',
	price: '180 £',
	role: 'Fiziksel Tıp ve Rehabilitasyon Uzmanı',
	month: 'Kasım 2026',
	names: 'ibuprofen, naproksen',
	amount: '180',
	symbol: '£',
	closures: '29–31 Aralık 2027',
	reason: 'Kış tatili',
	group: 'İltihap giderici ağrı kesiciler (NSAİİ)',
	ingredient: 'aspirin (asetilsalisilik asit)',
	blank: '________',
	medicine: 'Xarelto (rivaroksaban)',
	value: '2027-3-5',
	url: 'https://klinik.example/tr/guides/costs/',
	page: '1',
	pages: '3',
};

// The printouts' words (issue 23) are held to the same checks as the interface's.
const rendered = [...Object.entries(strings.tr), ...Object.entries(printoutsTr)].map(([key, template]) => [key, fill(template, samples)] as const);

/** English words a Turkish sentence never needs (the clinic's name is taken out first). */
const english = /\b(the|and|your|you|is|are|for|with|this|that|call|clinic|please|days?|weeks?|from|before|after|take|when|not|if)\b/i;

test('every placeholder in the Turkish strings has a sample value', () => {
	const missing = rendered.filter(([, text]) => /\{\w+\}/.test(text)).map(([key]) => key);
	expect(missing).toEqual([]);
});

/** What follows the clinic's name that a Turkish reader would trip on: a suffix, or "kliniği". */
function suffixClash(text: string): string | undefined {
	const after = text.slice(text.indexOf(clinic) + clinic.length);
	return /^['’\p{L}]+|^\s*klini[kğ]\p{L}*/iu.exec(after)?.[0];
}

test.each([
	['{clinic} kliniğinde proloterapiye hazırlanmanız için', ' kliniğinde'],
	["{clinic}'nin rehberleri", "'nin"],
	['Hazırlayan: {clinic}.', undefined],
	['{clinic} için gözden geçiren', undefined],
])('suffixClash(%j) finds %j', (template, found) => {
	expect(suffixClash(fill(template, { clinic }))).toBe(found);
});

test.each(rendered.filter(([, text]) => text.includes(clinic)))('%s puts no suffix and no "kliniği" after the clinic’s name', (_key, text) => {
	expect(suffixClash(text), text).toBeUndefined();
});

test('the English check finds English', () => {
	expect('Call the clinic on 999').toMatch(english);
	expect('Kliniği arayın: 999').not.toMatch(english);
});

test.each(rendered)('%s has no English left', (_key, text) => {
	expect(text.replaceAll(clinic, '')).not.toMatch(english);
});
