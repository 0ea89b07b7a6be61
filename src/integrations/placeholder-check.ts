import type { AstroIntegration } from 'astro';
import { isStrictBuild } from '../lib/site/content/guide-loader.ts';
import { findPlaceholders, placeholderMessage } from '../lib/site/settings/placeholders.ts';
import { countryMismatches, countryMessage } from '../lib/site/settings/country-contacts.ts';
import type { Settings } from '../lib/site/settings/schema.ts';

/**
 * Keeps a clinic from publishing the example clinic by mistake. A build whose settings still hold
 * the example's details (reviewer, `.example` addresses, the example phone) warns once, naming
 * each setting; a strict build (`npm run build -- --strict`, or STRICT_BUILD=1: the switch that also
 * refuses a passed review date) stops with the same
 * list. `astro dev` says nothing: it publishes nothing. The emergency number and out-of-hours
 * text are checked the same way against the clinic's country (src/lib/site/settings/country-contacts.ts).
 */
export function placeholderCheck(settings: Settings, file: string): AstroIntegration {
	return {
		name: 'placeholder-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				const placeholders = findPlaceholders(settings);
				const mismatches = countryMismatches(settings.clinic);
				if (placeholders.length === 0 && mismatches.length === 0) return;
				const strict = isStrictBuild(process.env, process.argv);
				const message = [placeholderMessage(file, placeholders, strict), countryMessage(file, mismatches, strict)].filter(Boolean).join('\n');
				if (strict) {
					logger.error(message);
					process.exit(1);
				}
				logger.warn(message);
			},
		},
	};
}
