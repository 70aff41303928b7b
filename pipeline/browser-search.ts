/**
 * The pipeline's door for the search page's scripts: pure code with no Node
 * import, as pipeline/browser.ts is for the other pages. A door of its own, so
 * the bundler gives search a chunk of its own and the search page loads none of
 * the step tool's, timeline's or signal check's code (the first query's bytes).
 */
// "Bedoelde je …?" from the site's own words, for a query bounded first.
export { boundQuery, QUERY_LIMITS, type BoundedQuery } from "./search/query-bounds.ts";
export { checkQuery, closestWord, unmatchedWords } from "./search/typo.ts";
export { parseVocabulary, type Vocabulary } from "./search/vocabulary.ts";
export { formKey } from "./search/inflections.ts";
export { rankResults, SECONDARY, type WordWeights } from "./search/rank.ts";
export { withoutDiacritics } from "./search/diacritics.ts";
export { wordsOf } from "./search/compounds.ts";
export { ENOUGH_RESULTS, queryWords, quotedList } from "./search/query-words.ts";
export { ownFirst } from "./search/own-first.ts";
// A query that finds too little, widened (src/scripts/search-widen.ts).
export { compoundQuery, type Hits, mergeByCoverage, mergedNotice, vocabularyLexicon } from "./search/query-plan.ts";
