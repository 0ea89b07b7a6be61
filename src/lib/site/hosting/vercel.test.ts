import { getTransformedRoutes, headersSchema, rewritesSchema, sourceToRegex, trailingSlashSchema } from '@vercel/routing-utils';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import { sitePolicy } from './policy.ts';
import { vercelJson } from './vercel.ts';

/*
 * Checked with Vercel's own routing package (@vercel/routing-utils, which the Vercel CLI uses):
 * its JSON schemas for `headers`, `rewrites` and `trailingSlash`, its compiler for the routes,
 * and its path-to-regexp reading of each source against the paths each rule is for.
 */
const config = JSON.parse(vercelJson(sitePolicy('/patients/', ["script-src 'self'"]), 'dist'));

test('the file passes Vercel’s schemas and compiles to routes', () => {
	const ajv = new Ajv({ allErrors: true });
	for (const [schema, value] of [
		[headersSchema, config.headers],
		[rewritesSchema, config.rewrites],
		[trailingSlashSchema, config.trailingSlash],
	] as const) {
		const validate = ajv.compile(schema);
		expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
	}
	expect(getTransformedRoutes({ headers: config.headers, rewrites: config.rewrites, trailingSlash: config.trailingSlash }).error).toBeNull();
});

test('each path gets the Cache-Control `_headers` gives it, and the base leads to the files', () => {
	const cacheControl = (path: string) =>
		(config.headers as { source: string; headers: { key: string; value: string }[] }[])
			.filter(({ source }) => new RegExp(sourceToRegex(source).src).test(path))
			.flatMap(({ headers }) => headers.filter(({ key }) => key === 'Cache-Control').map(({ value }) => value));
	expect(cacheControl('/patients/')).toEqual(['no-cache']);
	expect(cacheControl('/patients/tr/guides/costs/')).toEqual(['no-cache']);
	expect(cacheControl('/patients/sw.js')).toEqual(['no-cache']);
	expect(cacheControl('/patients/_astro/a.1.js')).toEqual(['public, max-age=31536000, immutable']);
	expect(cacheControl('/patients/logo.svg')).toEqual([]);
	const rewrite = new RegExp(sourceToRegex(config.rewrites[0].source).src);
	expect('/patients/guides/costs/'.replace(rewrite, config.rewrites[0].destination)).toBe('/guides/costs/');
	expect(JSON.parse(vercelJson(sitePolicy('/', []), 'dist')).rewrites).toBeUndefined();
});
