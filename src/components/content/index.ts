import Value from './Value.astro';

/** The components every guide can use without importing them. */
export const contentComponents = { Value };
