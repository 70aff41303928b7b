import { z } from "zod";

/** A document of a routebook (a PDF or a folder of Markdown chapters) that flows refer to. */
export const SourceDocumentSchema = z.object({
  /**
   * The short name a flow uses in its "Lees verder" references,
   * e.g. "Routeboek Verzuim & Thuiszitters" or "Praktische handreiking".
   */
  alias: z.string().min(1),
  /** The document's full title as published. */
  title: z.string().min(1),
  /** Path of the PDF, relative to the routebook folder (e.g. `bronnen/routeboek.pdf`). */
  pdf: z.string().min(1).optional(),
  /** Where the region publishes the document. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
