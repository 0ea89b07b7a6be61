import { z } from 'zod';
import { languageCodes } from '../../../i18n/languages.ts';

/* `site` and `languages` in clinic.yaml: where the site is published, and in which languages. */

export const siteSchema = z
	.strictObject({
		url: z
			.url({ protocol: /^https?$/, error: 'must be the full address of the site, like "https://clinic.example.org"' })
			.refine((value) => !URL.canParse(value) || /^https?:\/\/[^/?#]+\/?$/i.test(value), {
				error: 'must be the address only, like "https://clinic.example.org", without a folder, "?" or "#": put a folder in site.base (BASE_PATH), like "/patients/"',
				abort: true,
			})
			.refine((value) => !URL.canParse(value) || !/^https?:\/\/[^/?#]*@/i.test(value), {
				error: 'must not hold a user name or password (the part before @): every page would publish it; remove it, and protect a preview site on the server instead',
				abort: true,
			})
			// Letters (any script), digits, dots, hyphens and a port: nothing that breaks sitemap.xml or a page's links.
			.refine((value) => !URL.canParse(value) || /^https?:\/\/[\p{L}\p{N}.-]+(?::\d{1,5})?\/?$/iu.test(value), {
				error: 'must be the address only, made of letters, digits, dots and hyphens, like "https://clinic.example.org"; remove any quote, space or other sign',
			})
			.describe(
				'The address the site is published at, like `https://clinic.example.org`: the address only, with a folder in `site.base`. The `SITE_URL` environment variable overrides it.',
			),
		base: z
			.string({ error: 'must be a folder written between slashes, like "/" or "/patients/"' })
			.regex(/^\/([a-z0-9_-][a-z0-9._-]*\/)*$/i, {
				error: 'must start and end with /, like "/" or "/patients/", with folder names of letters, digits, ".", "_" and "-" (not "." or "..")',
			})
			.max(100, { error: 'must be 100 characters or fewer' })
			.default('/')
			.describe('The folder the site lives in, like `/patients/`, or `/` for the top. The `BASE_PATH` environment variable overrides it.'),
		hsts: z
			.boolean({ error: 'must be true or false' })
			.default(false)
			.describe(
				'`true` sends `Strict-Transport-Security` for a year, so browsers only ever reach the site over https. Turn it on only once the whole address (every page, every subfolder) works over https; it cannot be undone quickly.',
			),
	})
	.refine((site) => !site.hsts || site.url.startsWith('https://'), {
		error: 'must be false while site.url starts with http://: HSTS needs the site on https',
		path: ['hsts'],
	});

export const languagesSchema = z
	.strictObject({
		default: z
			.enum(languageCodes, { error: `must be one of the languages this site has: ${languageCodes.join(', ')}` })
			.describe(`The language at the top of the site (${languageCodes.map((code) => `\`${code}\``).join(' or ')}); the others live under \`/<code>/\`, like \`/${languageCodes[0]}/\`.`),
		enabled: z
			.array(z.enum(languageCodes, { error: `must be one of the languages this site has: ${languageCodes.join(', ')}` }))
			.min(1, { error: 'must list at least one language' })
			.describe('The languages to publish; list one to publish only that one.'),
	})
	.refine((l) => l.enabled.includes(l.default), {
		error: 'must also be listed in languages.enabled',
		path: ['default'],
	})
	.refine((l) => new Set(l.enabled).size === l.enabled.length, {
		error: 'must not list a language twice',
		path: ['enabled'],
	});
