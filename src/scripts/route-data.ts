/**
 * The shape of `/<routebook>/route.json`: the flow's graph and what the case note
 * needs, built at build time (src/lib/route-json.ts) and read by the browser
 * scripts. Types only, so the page's script and the build share one definition.
 */

/** A run of text; `r` marks words of the editors (redactie), not of the source. */
export interface Run {
  t: string;
  r?: true;
}

/** Text as runs, so the editors' words stay marked wherever the text goes. */
export type Marked = Run[];

export interface RouteOption {
  label: string;
  /** Id of the step the option leads to. */
  to: string;
  /** The answer's id in route addresses, and the check of its label (src/lib/route-edition.ts). */
  id: string;
  check: string;
  /** The label is the editors'. */
  editorialLabel?: true;
}

export interface RouteStep {
  title: string;
  /** The title is the editors': the source gives the page none. */
  editorialTitle?: true;
  /** Phase name ("3a") and duration as the source states them. */
  phase?: { name: string; duration?: string; title?: string; editorialTitle?: boolean };
  /** The step's own text beside its actions: where the source says who does what. */
  text?: Marked[];
  /** The actions, one entry per action. */
  actions?: Marked[];
  /** The route ends here; `endText` is the closing note. */
  end?: true;
  endText?: Marked;
  /** "Lees verder" as cited; `url` is the site's chapter page when the reference resolved. */
  references?: { text: string; url?: string }[];
  links?: { label: string; url: string }[];
  /** The answers, in the order the page shows them (a legacy positional address counts them from 1). */
  options?: RouteOption[];
}

export interface RouteData {
  /** The routebook's id, title, publisher and edition as `routeboek.md` names them; `date` in Dutch ("september 2025"). */
  id: string;
  title: string;
  organisation: string;
  version?: string;
  date?: string;
  /** URLs on this site: the routebook's page, the step folder (`/<id>/stap/`) and the case note. */
  home: string;
  stepBase: string;
  summary: string;
  /** The flow's edition: a hash of what decides what a route address means (src/lib/route-edition.ts). */
  edition: string;
  /** Id of the flow's first step. */
  start: string;
  steps: Record<string, RouteStep>;
}
