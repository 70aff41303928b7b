/**
 * The pipeline's one door for the site (`src/`): the validated model and what
 * the pages need to show it. Anything not exported here is the pipeline's own
 * business. Pure code the browser runs too is in `shared/`; the Node programs
 * around the build (`tools/`) may use any pipeline module.
 */

// Reading and checking the content.
export { loadContent } from "./content.ts";
export { CHECKED_CONTENT_ENV, readCheckedContent } from "./checked-content.ts";
export { CONTENT_DIR } from "./settings.ts";
export { ContentError, formatProblems, placeOf, type Problem } from "./problems/problems.ts";

// The model.
export type { Routebook, Source } from "./model/model.ts";
export { readStoredRoutebook } from "./model/stored.ts";
export type { Step, Reference, Link, Phase } from "./schema/step.ts";
export type { PhaseDescription } from "./schema/phase-description.ts";
export type { Block, Inline, Footnote, LinkTarget } from "./schema/rich.ts";
export { NOTICES } from "./schema/rich.ts";
export { unhandled } from "./rich/unhandled.ts";
export type { Sector } from "./schema/routebook.ts";
export { dutchDateLabel, type PartialDate } from "./dates/date.ts";
export { siteToday } from "./dates/today.ts";
export { editionLabel } from "./edition.ts";
export { answerTokens, routeEdition, routeOptions } from "./editions/route-edition.ts";

// Verzuim thresholds.
export { MEASURES, type Measure, type Question, type Unclear } from "./schema/signals.ts";
export { hasSignalsPage } from "./signals/read.ts";
export type { RoutebookQuote, RoutebookSignal } from "./model/model.ts";

// Phases: the overview, the phases on the way to a step, and their timeline.
export { phaseOverview, routePhaseOf } from "./phases/route.ts";

// What pages derive from the model.
export { blockTexts } from "./rich/text.ts";
export { MAP_MAX_STEPS, MAP_METRICS, type FlowMap } from "./flow/map.ts";
export { provenanceOf } from "./provenance.ts";
export { isPossiblyOutdated } from "./dates/staleness.ts";
export { deriveSiteSearch, type SiteSearch } from "./derive/search-pages.ts";
export { chapterPage, mapPage, routebookPage, stepPage } from "./derive/pages.ts";
export { routebookEditions } from "./derive/editions.ts";
export { CHANGE_AREA, CHANGE_AREAS, type Change, type ChangeArea, stepsOfChange } from "./editions/changes.ts";
export { describeChange, type Part } from "./editions/describe.ts";
export type { Edition } from "./schema/edition.ts";
export { editionJsonSchema } from "./schema/json-schema.ts";
export { contentAnchor } from "./ids/page-ids.ts";
export {
  chapterUrl,
  pdfUrl,
  routebookPageTitle,
  routebookPageUrl,
  routebookUrl,
  routeJsonUrl,
  stepFolderUrl,
  stepUrl,
  summaryUrl,
  editionDataUrl,
  editionsIndexUrl,
  editionUrl,
  editionSchemaUrl,
} from "./urls/scheme.ts";

// The published link-rot report.
export { readPublishedReport } from "./links/published-report.ts";
export type { ReportedLink } from "./schema/link-report.ts";
