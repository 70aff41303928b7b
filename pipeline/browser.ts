/**
 * The pipeline's door for scripts that run in the browser: pure code with no
 * Node import, so the page's script applies the very rule the tests check.
 */
export { dutchNumber, evaluate, type Answer, type SignalRules } from "./signals/evaluate.ts";
export { readAmount } from "./signals/read-amount.ts";
export { MEASURES, type Measure } from "./signals/measures.ts";

// Phases on a timeline: the step page's start-date field.
export {
  dutchDate,
  normSentence,
  phaseEndRuns,
  phaseNameRuns,
  phaseNumberRuns,
  phaseTimeline,
  routePhases,
  runsText,
  START_YEARS,
  startDate,
  type RoutePhase,
  type Run,
} from "./phases/timeline.ts";
export { normNote, routeAssumption, startEventRuns, TIMELINE_NOTE } from "./phases/timeline-text.ts";
export type { EditorialMetaField } from "./schema/editorial-meta.ts";

// Search: "Bedoelde je …?" from the site's own words, for a query bounded first.
export { boundQuery, QUERY_LIMITS, type BoundedQuery } from "./search/query-bounds.ts";
export { checkQuery, unmatchedWords } from "./search/typo.ts";
export { parseVocabulary } from "./search/vocabulary.ts";
export { rankResults, SECONDARY } from "./search/rank.ts";
export { wordsOf } from "./search/compounds.ts";

// Route addresses: answer ids are slugs.
export { SLUG_PATTERN } from "./schema/slug.ts";
