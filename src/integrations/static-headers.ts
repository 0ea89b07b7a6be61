import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htaccess } from '../lib/site/hosting/apache.ts';
import { staticWebAppConfig } from '../lib/site/hosting/azure.ts';
import { caddyfile } from '../lib/site/hosting/caddy.ts';
import { CLOUDFRONT_CSP_LIMIT, cloudFrontPolicies } from '../lib/site/hosting/cloudfront.ts';
import { firebaseJson } from '../lib/site/hosting/firebase.ts';
import { nginxServer } from '../lib/site/hosting/nginx.ts';
import { sitePolicy } from '../lib/site/hosting/policy.ts';
import { vercelJson } from '../lib/site/hosting/vercel.ts';
import { headersFile } from '../lib/site/static-headers.ts';
import { builtFiles, withSlash } from './built-files.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The folder beside the build for the configs a host reads from elsewhere: dist -> dist-hosting. */
export const hostingDir = (outDir: string) => join(dirname(outDir), `${basename(outDir)}-hosting`);

/** The policies Astro put in the pages' `<meta>` tags. */
async function pagePolicies(root: string): Promise<string[]> {
	const policies: string[] = [];
	for (const file of (await builtFiles(root)).filter((f) => f.endsWith('.html'))) {
		const match = META_CSP.exec(await readFile(join(root, file), 'utf8'));
		if (match?.[1]) policies.push(match[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'"));
	}
	return policies;
}

/**
 * Writes every host's config for the built site in `outDir`, served under `base`, from one
 * policy (src/lib/site/hosting/policy.ts) made from the pages' own policies. Into the build, as
 * those hosts read them from the uploaded folder: `_headers` (Netlify, Cloudflare Pages),
 * `.htaccess` (Apache), `staticwebapp.config.json` (Azure Static Web Apps). Beside it, in
 * `<outDir>-hosting/`, never uploaded: `nginx.conf`, `Caddyfile`, `vercel.json` and
 * `firebase.json` (for the project's root folder) and `cloudfront.json`. `projectRoot` is where
 * vercel.json and firebase.json go, so their output folder is named from there.
 */
export async function writeHostingConfigs(outDir: string, base: string, { hsts = false, projectRoot = process.cwd() }: { hsts?: boolean; projectRoot?: string } = {}) {
	const policies = await pagePolicies(outDir);
	const policy = sitePolicy(base, policies, { hsts });
	const publish = relative(projectRoot, outDir).split('\\').join('/') || '.';
	const beside = hostingDir(outDir);
	const cloudFront = cloudFrontPolicies(policy);
	await mkdir(beside, { recursive: true });
	await Promise.all([
		writeFile(join(outDir, '_headers'), headersFile(policy)),
		writeFile(join(outDir, '.htaccess'), htaccess(policy)),
		writeFile(join(outDir, 'staticwebapp.config.json'), staticWebAppConfig(policy)),
		writeFile(join(beside, 'nginx.conf'), nginxServer(policy)),
		writeFile(join(beside, 'Caddyfile'), caddyfile(policy)),
		writeFile(join(beside, 'vercel.json'), vercelJson(policy, publish)),
		writeFile(join(beside, 'firebase.json'), firebaseJson(policy, publish)),
		writeFile(join(beside, 'cloudfront.json'), cloudFront.json),
	]);
	return { pages: policies.length, beside, cloudFrontShortened: cloudFront.shortened };
}

/**
 * Writes the hosts' configs after the build (see {@link writeHostingConfigs}), so the HTTP
 * policy always matches what the pages need. `hsts` is the clinic's `site.hsts` setting.
 */
export function staticHeaders({ hsts = false }: { hsts?: boolean } = {}): AstroIntegration {
	let base = '/';
	let projectRoot = process.cwd();
	return {
		name: 'static-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withSlash(config.base);
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir).replace(/[\\/]$/, '');
				const written = await writeHostingConfigs(outDir, base, { hsts, projectRoot });
				logger.info(`Host configs written from ${written.pages} page policies: _headers, .htaccess and staticwebapp.config.json in the build; nginx, Caddy, Vercel, Firebase and CloudFront in ${relative(projectRoot, written.beside)}/.`);
				if (written.cloudFrontShortened) {
					logger.warn(`The Content-Security-Policy is longer than CloudFront's ${CLOUDFRONT_CSP_LIMIT} characters: cloudfront.json carries its directives without hashes, and each page's own policy the rest.`);
				}
			},
		},
	};
}
