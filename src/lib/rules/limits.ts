/*
 * The small facts the rules, the settings and the islands share, each said once: the patterns of
 * an id and of a language code, how far ahead a date may be, the years a date may be planned in,
 * and how many days a stop or a restart may be. Plain constants, imported by the rules, by the
 * settings schemas at build time and by the islands (docs/code-layout.md).
 */

/**
 * An id of a medicine, a group, a follow-up visit or an exercise: lower-case letters, digits and
 * single hyphens, like `blood-thinners`. Ids appear in shared links, so a clinic keeps them once chosen.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A language code such as `en`, `tr` or `pt-BR` (BCP 47, as in a page's `lang` attribute). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** How many days after today a typed date may be: a year ahead. */
export const DAYS_AHEAD = 365;

/**
 * The years a date must fall in to be planned with (typed, from a link, or today): far enough
 * from the years 1 and 9999 that no rule's days or months can leave the calendar.
 */
export const PLANNABLE_YEARS = { min: 1900, max: 2200 } as const;

/**
 * Calendar days before the treatment day without a medicine, for a clinic's group and for the
 * days a prescriber gave: 0 (only the treatment day) to 30. Longer holds: the clinic is called.
 */
export const DAYS_BEFORE = { min: 0, max: 30 } as const;

/** A restart day, counted from the treatment day: 1 (the day after) to 365, for a clinic's group and a prescriber's days. */
export const RESTART_DAYS_AFTER = { min: 1, max: 365 } as const;
