// What every fidelity check gets and gives: one routebook's content as read, its source, and problems.
import type { Routebook } from "../../pipeline/model/model.ts";
import type { RoutebookSource } from "./sources.ts";

/** One way a routebook's content departs from its source, or from its reviewed records. */
export interface FidelityProblem {
  /** The check that found it, e.g. "wiring", "omissions", "corrections", "facts". */
  check: string;
  /** The content file (relative to the project, e.g. content/sppoh-po/flow.md) or record it concerns. */
  file: string;
  /** Where in it: a step id, a chapter title, a line. */
  where: string;
  /** What is wrong, in one line, with what to do where that helps. */
  message: string;
}

/** One routebook, read and validated, with its source text and the raw text of its content files. */
export interface FidelityInput {
  /** The content folder the routebook was read from, e.g. "content" or a temporary copy. */
  root: string;
  routebook: Routebook;
  source: RoutebookSource;
  /** The whole source text. */
  seed: string;
  /** The source's pages, as `source.pages` splits them, before corrections. */
  pages: readonly string[];
  /** The raw text of each content file of this routebook, by its path relative to the routebook's folder ("flow.md", "bronnen/route.md"). */
  files: ReadonlyMap<string, string>;
}

/** A check: pure, from the input to its problems; an empty list means the content is faithful in this respect. */
export type FidelityCheck = (input: FidelityInput) => FidelityProblem[];
