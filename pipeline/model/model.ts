/**
 * The model the pipeline produces and the site and checks read: a routebook
 * with its sources and flow, and the names of the content files. It holds no
 * logic, so every module can depend on it without depending on the orchestrator.
 */
import type { PdfUrl } from "../documents/from-pdf.ts";
import type { DocumentText } from "../documents/types.ts";
import type { Flow } from "../schema/flow.ts";
import type { GlossaryEntry } from "../../shared/schema/glossary.ts";
import type { RichText } from "../schema/rich.ts";
import type { RoutebookMeta } from "../schema/routebook.ts";
import type { Quote, Signal, SignalsFile } from "../schema/signals.ts";
import type { SourceDocument } from "../schema/source-document.ts";
import type { LinkTarget } from "../schema/rich.ts";

/** A threshold with where its link leads on the site, once resolved. */
export type RoutebookSignal = Signal & { target?: LinkTarget };

/** A quote of the source in `signalen.yml` (a gap's side, a question's answer), with where its link leads. */
export type RoutebookQuote = Quote & { target?: LinkTarget };

/** A source document with its text, when the content holds it as a PDF or as Markdown. */
export interface Source extends SourceDocument {
  /** URL segment of the document's chapter pages, from its alias. */
  slug: string;
  /** Absolute path of the PDF, when the document has one. */
  pdfPath?: string;
  /** The document's chapters; absent when the content has no file of it, so references to it cannot be verified. */
  text?: DocumentText;
  /** The PDF's link annotations and written-out addresses, for the link report. */
  pdfLinks?: PdfUrl[];
}

/** A routebook ready for the site: validated metadata, its sources and its checked flow with resolved references. */
export interface Routebook extends Omit<RoutebookMeta, "documents"> {
  /** Introduction paragraphs from `routeboek.md`. */
  description: RichText;
  /** The routebook's folder, as shown in messages (e.g. `content/sppoh-po`). */
  folder: string;
  documents: Source[];
  flow: Flow;
  /** The verzuim thresholds of `signalen.yml`, in file order; empty when the sources give none. */
  signals: RoutebookSignal[];
  /** The rest of `signalen.yml`: where the source leaves a range open or contradicts itself, unit conversions and questions. */
  signalEdges: Omit<SignalsFile, "signals">;
  /** The shared glossary with this routebook's own entries, sorted by term (see pipeline/glossary/). */
  glossary: GlossaryEntry[];
}

export const META_FILE = "routeboek.md";
export const FLOW_FILE = "flow.md";
/** Folder in the content root for the last link report; not a routebook. */
export const LINK_REPORT_DIR = "linkrapport";
