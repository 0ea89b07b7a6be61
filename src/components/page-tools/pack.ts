import type { GuideData } from '../../lib/site/content/guide-schema.ts';

/**
 * The guides the "before your treatment" pack prints, in this order: what a patient needs before
 * the day (preparing, medicines), the day itself, and side effects with when to get help.
 */
export const PACK_TOPICS: readonly GuideData['topic'][] = ['preparation', 'treatment-day', 'side-effects'];
