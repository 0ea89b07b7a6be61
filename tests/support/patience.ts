/**
 * How long a test waits before it calls something stuck, in one place.
 *
 * CI runs `npm test` on a shared 2-core machine with its steps side by side (scripts/test.ts),
 * and there a step ran 7 to 10 times slower than alone: a property test of 2 s alone took 21 s
 * and failed at a 20 s limit, with nothing wrong. A longer wait never slows a test that passes,
 * and a test that fails still fails, later; so these limits are for a stuck test, not a slow
 * one. Speed is measured elsewhere, with printed figures (scripts/budget.ts, scripts/scale.ts,
 * the step times npm test prints).
 */

/** A test that computes (a property test, the Nu checker's Java start): seconds alone. */
export const COMPUTE_TIMEOUT = 180_000;

/** A page following a change (a result, a search, a service worker), for `waitFor` and `expect.poll`; the budgets' visits too. */
export const PAGE_WAIT = 60_000;

/** A web server the host tests start (nginx, Caddy, Apache, wrangler) answering its first request. */
export const SERVER_START = 120_000;

/** One browser test, which may wait on a page several times. */
export const BROWSER_TEST_TIMEOUT = 300_000;

/** One `astro build` or the scale benchmark, run by a test; about 10 to 30 s alone. */
export const BUILD_TIMEOUT = 400_000;

/** A whole-build test: a build or two, with room for its checks. */
export const BUILD_TEST_TIMEOUT = 2 * BUILD_TIMEOUT;
