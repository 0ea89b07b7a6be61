import { z } from 'zod';
import { contrastRatio, parseHexColour } from './colour.ts';

/* `branding` in clinic.yaml: the clinic's colours, each checked for contrast against its scheme's background. */

/** White page background in the light scheme; links and buttons need 4.5:1 against it. */
const LIGHT_BACKGROUND = '#ffffff';
/** Page background in the dark scheme (see `--color-bg` in the global styles). */
export const DARK_BACKGROUND = '#121417';
const MIN_CONTRAST = 4.5;

/** A colour for text and links on `against`, with at least {@link MIN_CONTRAST}:1 contrast. */
const colour = (against: string, scheme: string) =>
	z
		.string({ error: 'must be a colour written as # and six hex digits, like "#005eb8"' })
		.refine((value) => parseHexColour(value) !== undefined, {
			error: 'must be a colour written as # and six hex digits, like "#005eb8"',
			abort: true,
		})
		.refine((value) => contrastRatio(value, against) >= MIN_CONTRAST, {
			error: (issue) =>
				`has a contrast of ${contrastRatio(String(issue.input), against).toFixed(1)}:1 against the ${scheme} background; ` +
				`text and links need at least ${MIN_CONTRAST}:1, so choose a ${scheme === 'light' ? 'darker' : 'lighter'} colour`,
		});

export const brandingSchema = z
	.strictObject({
		primaryColour: colour(LIGHT_BACKGROUND, 'light')
			.default('#005eb8')
			.describe(`Links, buttons and the header in the light scheme. Needs ${MIN_CONTRAST}:1 contrast on white; the build checks it.`),
		primaryColourDark: colour(DARK_BACKGROUND, 'dark')
			.default('#8cc8ff')
			.describe(`The same in the dark scheme. Needs ${MIN_CONTRAST}:1 contrast on the dark background (${DARK_BACKGROUND}).`),
	})
	.prefault({});
