import { createHash } from 'node:crypto';

/*
 * The inline script IslandSlot.astro puts before a calculator's form, and its hash for the
 * Content-Security-Policy (astro.config.mjs): Astro hashes the scripts it bundles, not inline
 * ones. It runs before the form is parsed, so a submit before the island's script arrives (Enter
 * on a slow connection) stays on the page: no request, no reload into an empty form. It notes the
 * submit in `data-pending`; the island's shell (shell.ts) sends it again once it has adopted the
 * typed fields and set `data-ready`. Build-time only: never imported by an island.
 */
export const HOLD_SUBMIT =
	"addEventListener('submit',e=>{var s=e.target.closest('[data-calculator]');s&&!('ready'in s.dataset)&&(e.preventDefault(),s.dataset.pending='')},!0)";

/** The CSP source for {@link HOLD_SUBMIT}, like `'sha256-…'` without the quotes. */
export const HOLD_SUBMIT_HASH = `sha256-${createHash('sha256').update(HOLD_SUBMIT).digest('base64')}` as const;
