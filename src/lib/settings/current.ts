import { loadSettings } from './load.ts';

/**
 * The clinic settings for this build, read once. Build-time only: pages and layouts import this;
 * browser islands receive the few values they need as props, never this module.
 */
export const settings = loadSettings(process.env, process.cwd());
