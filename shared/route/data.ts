/**
 * The shape of `/<routebook>/route.json`: the flow's graph and what the case note
 * needs, built at build time (src/lib/route-json.ts) and read by the browser
 * scripts. Types only, so the page's script and the build share one definition.
 */

import type { EditorialMetaField } from "../schema/editorial-meta.ts";
import type { RoutePhase, Run } from "../phases/timeline.ts";

export type { Run };

/** Text as runs, so the editors' words stay marked wherever the text goes. */
export type Marked = Run[];

export interface RouteOption {
  label: string;
  /** Id of the step the option leads to. */
  to: string;
  /** The answer's id in route addresses, and the check of its label (pipeline/editions/route-edition.ts). */
  id: string;
  check: string;
  /** The label is the editors'. */
  editorialLabel?: true;
  /** The target is the editors' choice, not the source's (`:afgeleid[why]` in flow.md); `reason` is their words. */
  inferred?: { reason: Marked };
}

/**
 * A step's content in the source's order, as the step page shows it: text,
 * lists, the actions, and the end note. The answers' place is left out: the
 * note lists the answers given, not the answers offered.
 */
export type RouteBlock =
  | { type: "text"; text: Marked }
  | { type: "list"; ordered?: true; items: Marked[] }
  | { type: "actions"; ordered?: true; items: Marked[] }
  | { type: "end"; text?: Marked };

export interface RouteStep {
  title: string;
  /** The title is the editors': the source gives the page none. */
  editorialTitle?: true;
  /** The step's phase, with its title and event from the flow's phase descriptions (`routePhaseOf`). */
  phase?: RoutePhase;
  /** Text, lists, actions and end note in the source's order. */
  body?: RouteBlock[];
  /** The route ends here. */
  end?: true;
  /**
   * "Lees verder" as cited; `url` is the site's chapter page when the reference resolved,
   * `source` the document's own address when it did not and the routebook names one.
   */
  references?: { text: string; url?: string; source?: string }[];
  links?: { label: string; url: string }[];
  /** The answers, in the order the page shows them (a legacy positional address counts them from 1). */
  options?: RouteOption[];
}

/** A source document as the case note names it: alias, and its version and date where the routebook gives them. */
export interface RouteDocument {
  alias: string;
  /** Which of the document's title and edition are the editors' reading (its `editorialFields`). */
  editorialFields?: EditorialMetaField[];
  /** Its version and date in Dutch ("versie 1.0 · september 2025", src/lib/edition.ts); absent when it names neither. */
  versionLabel?: string;
  url?: string;
}

/**
 * An earlier edition of the flow the site keeps, as a route address of that edition (`editie`) needs it: how
 * its step ids map to today's, and what changed on the route since (pipeline/editions/, src/lib/route-json.ts).
 */
export interface EarlierRoute {
  /** The address's `editie` of that edition. */
  edition: string;
  /** The day the site first published it (YYYY-MM-DD), and its version in Dutch, when it names one. */
  recorded: string;
  versionLabel?: string;
  /** Steps whose id changed since: the earlier id and today's. An answer that led there keeps its meaning. */
  renamed?: Record<string, string>;
  /** The route's changes since, each with today's ids of the steps it concerns and its sentence. */
  changes: { steps: string[]; text: Marked }[];
}

export interface RouteData {
  /** The routebook's id, title, publisher and edition as `routeboek.md` names them. */
  id: string;
  title: string;
  organisation: string;
  region?: string;
  /** Its version and date in Dutch ("versie 1.0 · september 2025", src/lib/edition.ts); absent when it names neither. */
  versionLabel?: string;
  /** Which of the fields above are the editors' reading (routebook.editorialFields), so every surface marks them. */
  editorialFields?: EditorialMetaField[];
  documents?: RouteDocument[];
  /** URLs on this site: the routebook's page, the step folder (`/<id>/stap/`) and the case note. */
  home: string;
  stepBase: string;
  summary: string;
  /** The routebook's "Wat is er veranderd" page. */
  changes: string;
  /** The flow's edition: a hash of what decides what a route address means (pipeline/editions/route-edition.ts). */
  edition: string;
  /** Id of the flow's first step. */
  start: string;
  steps: Record<string, RouteStep>;
  /** The earlier editions the site keeps, newest first, where their addresses mean something else now. */
  history?: EarlierRoute[];
}
