import { z } from "zod";

/** A document of a routebook (a PDF or a folder of Markdown chapters) that flows refer to. */
export const SourceDocumentSchema = z.object({
  alias: z
    .string()
    .min(1)
    .describe(
      'Short name that flows use in "Lees verder" references, e.g. "Routeboek Verzuim & Thuiszitters" or "Praktische handreiking".',
    ),
  title: z.string().min(1).describe("The document's full title as published."),
  pdf: z.string().min(1).optional().describe("Path of the PDF, relative to the routebook folder, e.g. `bronnen/routeboek.pdf`."),
  url: z.url({ protocol: /^https?$/ }).optional().describe("Where the region publishes the document (http or https)."),
});

export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
