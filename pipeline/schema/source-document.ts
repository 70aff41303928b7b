import { z } from "zod";
import { PartialDateSchema } from "./date.ts";

/**
 * A document of a routebook that flows refer to. Its text comes from a PDF, or
 * from Markdown (one file whose `#` headings are chapters, or a folder of such
 * files). Without either, references to it are cited but not verified.
 */
export const SourceDocumentSchema = z.strictObject({
  alias: z
    .string()
    .min(1)
    .describe(
      'Short name that flows use in "Lees verder" references, e.g. "Routeboek Verzuim & Thuiszitters" or "Praktische handreiking".',
    ),
  title: z.string().min(1).describe("The document's full title as published."),
  pdf: z.string().min(1).optional().describe("Path of the PDF, relative to the routebook folder, e.g. `bronnen/routeboek.pdf`."),
  markdown: z
    .string()
    .min(1)
    .optional()
    .describe("The document written as text, relative to the routebook folder: a `.md` file whose `#` headings are chapters, or a folder of such files read in name order."),
  summary: z
    .boolean()
    .optional()
    .describe(
      "The Markdown is the editors' summary of the source in their own words (its facts, names, figures and chapter titles exact), not the source's wording. The site says so on every chapter page.",
    ),
  url: z.url({ protocol: /^https?$/ }).optional().describe("Where the region publishes the document (http or https)."),
  version: z.string().min(1).optional().describe('Optional: the document\'s version as it names itself, e.g. "september 2025" or "2.1".'),
  date: PartialDateSchema.optional().describe(
    "Optional: when the document was published, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, e.g. `2025-09`. The site warns when it is older than the routebook's `staleAfterMonths`.",
  ),
});

export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
