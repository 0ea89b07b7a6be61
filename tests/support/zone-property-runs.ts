import fc from 'fast-check';

/*
 * Setup of the time-zone projects (vitest.config.ts): each property runs 25 samples there, a
 * quarter of fast-check's 100, which the UTC run keeps. Code that reads the machine's zone goes
 * wrong on most dates in these zones (14 hours ahead, 11 behind, a half-hour DST), so a quarter
 * of the samples still finds it, and five zones cost less than twice the UTC run.
 */
fc.configureGlobal({ numRuns: 25 });
