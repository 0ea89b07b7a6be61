/**
 * C0 and C1 control characters other than tab and line breaks, and the bidirectional controls
 * that can make text read in another order: never published from settings, guides or links.
 * A module of its own so the browser's bundle takes it without the YAML reader.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
