/**
 * The model the pipeline produces and the site and checks read: a routebook
 * with its sources and flow, and the names of the content files. Its types are
 * inferred from the schema, which the site also reads the stored model back
 * with (src/lib/routebooks.ts), so the two can never drift apart unseen.
 */
import { z } from "zod";
import { GlossaryEntrySchema } from "../../shared/schema/glossary.ts";
import { PdfUrlSchema } from "../documents/from-pdf.ts";
import { DocumentTextSchema } from "../documents/types.ts";
import { FlowSchema } from "../schema/flow.ts";
import { LinkTargetSchema, RichTextSchema } from "../schema/rich.ts";
import { RoutebookMetaSchema } from "../schema/routebook.ts";
import { QuestionSchema, QuoteSchema, SignalSchema, SignalsFileSchema, UnclearSchema } from "../schema/signals.ts";
import { SlugSchema } from "../schema/id.ts";
import { SourceDocumentSchema } from "../schema/source-document.ts";
import { EditionSchema } from "../schema/edition.ts";

/** A threshold with where its link leads on the site, once resolved. */
export const RoutebookSignalSchema = SignalSchema.extend({ target: LinkTargetSchema.optional() });
export type RoutebookSignal = z.infer<typeof RoutebookSignalSchema>;

/** A quote of the source in `signalen.yml` (a gap's side, a question's answer), with where its link leads. */
export const RoutebookQuoteSchema = QuoteSchema.extend({ target: LinkTargetSchema.optional() });
export type RoutebookQuote = z.infer<typeof RoutebookQuoteSchema>;

/** A gap or contradiction whose quoted sides carry where their links lead. */
const RoutebookUnclearSchema = UnclearSchema.safeExtend({ sides: z.array(z.union([SlugSchema, RoutebookQuoteSchema])).min(2) });

/** The rest of `signalen.yml`, with the links of its quotes resolved. */
const SignalEdgesSchema = SignalsFileSchema.omit({ signals: true }).extend({
  gaps: z.array(RoutebookUnclearSchema),
  contradictions: z.array(RoutebookUnclearSchema),
  questions: z.array(QuestionSchema.extend({ says: z.array(RoutebookQuoteSchema).min(1) })),
});

/** A source document with its text, when the content holds it as a PDF or as Markdown. */
export const SourceSchema = SourceDocumentSchema.extend({
  /** URL segment of the document's chapter pages, from its alias. */
  slug: z.string(),
  /** Absolute path of the PDF, when the document has one. */
  pdfPath: z.string().optional(),
  /** The document's chapters; absent when the content has no file of it, so references to it cannot be verified. */
  text: DocumentTextSchema.optional(),
  /** The PDF's link annotations and written-out addresses, for the link report. */
  pdfLinks: z.array(PdfUrlSchema).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A routebook ready for the site: validated metadata, its sources and its checked flow with resolved references. */
export const RoutebookSchema = RoutebookMetaSchema.omit({ documents: true }).extend({
  /** Introduction paragraphs from `routeboek.md`. */
  description: RichTextSchema,
  /** The routebook's folder, as shown in messages (e.g. `content/sppoh-po`). */
  folder: z.string(),
  documents: z.array(SourceSchema),
  flow: FlowSchema,
  /** The verzuim thresholds of `signalen.yml`, in file order; empty when the sources give none. */
  signals: z.array(RoutebookSignalSchema),
  /** The rest of `signalen.yml`: where the source leaves a range open or contradicts itself, unit conversions and questions. */
  signalEdges: SignalEdgesSchema,
  /** The shared glossary with this routebook's own entries, sorted by term (see pipeline/glossary/). */
  glossary: z.array(GlossaryEntrySchema),
  /**
   * The editions of this routebook that earlier builds published, oldest first (tools/build/editions.ts); absent
   * where none are kept, as under `astro dev`. The current edition is derived from the rest (pipeline/derive/editions.ts).
   */
  earlierEditions: z.array(EditionSchema).optional(),
});
export type Routebook = z.infer<typeof RoutebookSchema>;
