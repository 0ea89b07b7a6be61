import BodyMap from './BodyMap.astro';
import CareCard from './CareCard.astro';
import KeyFacts from './KeyFacts.astro';
import PageLink from './PageLink.astro';
import SessionPrice from './SessionPrice.astro';
import Value from './Value.astro';
import ExerciseSheetList from './ExerciseSheetList.astro';

/** The components every guide can use without importing them. */
export const contentComponents = { BodyMap, CareCard, KeyFacts, PageLink, SessionPrice, Value, ExerciseSheetList };
