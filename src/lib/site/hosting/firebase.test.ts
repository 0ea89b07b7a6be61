import { expect, test } from 'vitest';
import { firebaseJson } from './firebase.ts';
import { sitePolicy } from './policy.ts';

/*
 * No schema for firebase.json is installed here (firebase-tools carries it, at a size this
 * project does not take on for one check), so this checks the shape its published schema
 * (schema/firebase-config.json, `HostingHeaders`) gives: a `hosting` object whose headers each
 * have a `regex` and `{ key, value }` pairs, and that each regex picks the paths it is for.
 */
const config = JSON.parse(firebaseJson(sitePolicy('/patients/', ["script-src 'self'"]), 'dist'));

test('has the shape of Firebase’s schema', () => {
	expect(Object.keys(config)).toEqual(['hosting']);
	expect(config.hosting).toMatchObject({ public: 'dist', cleanUrls: false, trailingSlash: true });
	for (const rule of config.hosting.headers) {
		expect(Object.keys(rule).sort()).toEqual(['headers', 'regex']);
		for (const header of rule.headers) expect(Object.keys(header).sort()).toEqual(['key', 'value']);
	}
});

test('each path gets the security headers and its own Cache-Control', () => {
	const headersAt = (path: string) =>
		(config.hosting.headers as { regex: string; headers: { key: string; value: string }[] }[]).filter(({ regex }) => new RegExp(regex).test(path)).flatMap(({ headers }) => headers.map(({ key }) => key));
	expect(headersAt('/patients/guides/costs/')).toContain('Content-Security-Policy');
	expect(headersAt('/patients/guides/costs/').filter((key) => key === 'Cache-Control')).toHaveLength(1);
	expect(headersAt('/patients/logo.svg')).not.toContain('Cache-Control');
	expect(headersAt('/elsewhere/')).toEqual([]);
});
