import { expect, test } from 'vitest';
import { loadSettings } from './load.ts';
import { findPlaceholders, placeholderMessage } from './placeholders.ts';

const example = loadSettings({}, process.cwd());

test('the example clinic.yaml has six example details, each named by its setting', () => {
	expect(findPlaceholders(example).map((p) => p.setting)).toEqual([
		'clinic.name',
		'clinic.address[1]',
		'clinic.phone',
		'clinic.email',
		'clinic.reviewer.name',
		'site.url',
	]);
});

test('a real clinic’s settings have none', () => {
	const real = {
		clinic: { ...example.clinic, name: 'Ankara Eklem Kliniği', address: ['Atatürk Bulvarı 1', 'Ankara'], phone: '+90 312 555 12 34', email: 'randevu@ankara-eklem.com.tr', reviewer: { name: 'Dr Ayşe Yılmaz', role: 'Uzman' } },
		site: { ...example.site, url: 'https://ankara-eklem.com.tr' },
	};
	expect(findPlaceholders(real)).toEqual([]);
});

test.each([
	['an example.com address', { email: 'a@example.com' }, 'clinic.email'],
	['a number in the drama range written with 0', { phone: '020 7946 0123' }, 'clinic.phone'],
	['a reviewer called Example', { reviewer: { name: 'Dr Example', role: 'GP' } }, 'clinic.reviewer.name'],
])('finds %s', (_case, change, setting) => {
	const settings = { clinic: { ...example.clinic, name: 'A clinic', address: ['1 Street'], phone: '+44 20 7000 0000', email: undefined, reviewer: { name: 'Dr A', role: 'GP' }, ...change }, site: { url: 'https://a-clinic.co.uk' } };
	expect(findPlaceholders(settings).map((p) => p.setting)).toEqual([setting]);
});

test('the warning names the file and every setting, and says how to refuse such a build', () => {
	const message = placeholderMessage('clinics/ankara.yaml', findPlaceholders(example), false);
	expect(message.split('\n')[0]).toBe('clinics/ankara.yaml still has the example clinic’s details. Replace them before you publish this site:');
	expect(message).toContain('  - clinic.reviewer.name is "Dr Ayşe Example": the example reviewer.');
	expect(message).toContain('npm run build -- --strict');
	expect(placeholderMessage('clinic.yaml', findPlaceholders(example), true)).toContain('so this strict build stops');
	expect(placeholderMessage('clinic.yaml', [], true)).toBe('');
});
