import settings from 'virtual:clinic/settings';

/**
 * The clinic settings for this build: the one value astro.config.mjs parsed, served as a virtual
 * module. Build-time only: pages and layouts import this; browser islands receive the few values
 * they need as props, never this module.
 */
export { settings };
