import { z } from "zod";
import { leftOutField } from "./left-out.ts";
import { plainTextSchema } from "./plain-text.ts";
import { PartialDateSchema } from "../dates/date.ts";
import { editorialFieldsSchema } from "../../shared/schema/editorial-meta.ts";

/**
 * Where the original of a document is when the site has no public address for it:
 * the editors' words, whom to ask, and an address that may hold it but is not confirmed.
 */
export const SourceOriginSchema = z.strictObject({
  note: plainTextSchema({ note: "the site shows the note as the editors' already" }).describe(
    'Where the original can be found, in the editors\' words, e.g. "Niet openbaar gevonden; vraag de bron op bij SPPOH.".',
  ),
  contact: z
    .email()
    .optional()
    .describe("Optional: the e-mail address to ask for the original, e.g. `loket@example.org`; the site links it."),
  possibleUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("Optional: an address that may hold the original but that the editors could not confirm; the site says it is not confirmed."),
});

/**
 * A document of a routebook that flows refer to. Its text comes from a PDF, or
 * from Markdown (one file whose `#` headings are chapters, or a folder of such
 * files). Without either, references to it are cited but not verified.
 */
export const SourceDocumentSchema = z
  .strictObject({
    alias: z
      .string()
      .min(1)
      .describe(
        'Short name that flows use in "Lees verder" references, e.g. "Routeboek Verzuim & Thuiszitters" or "Praktische handreiking".',
      ),
    title: plainTextSchema({ ours: "`editorialFields: [title]` in the document's entry" }).describe(
      "The document's full title as published.",
    ),
    editorialFields: editorialFieldsSchema(["title", "edition"], "the document"),
    pdf: z.string().min(1).optional().describe("Path of the PDF, relative to the routebook folder, e.g. `bronnen/routeboek.pdf`."),
    markdown: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The document written as text, relative to the routebook folder: a `.md` file whose `#` headings are chapters, or a folder of such files read in name order.",
      ),
    summary: z
      .boolean()
      .optional()
      .describe(
        "The Markdown is the editors' summary of the source in their own words (its facts, names, figures and chapter titles exact), not the source's wording. The site says so on every chapter page.",
      ),
    leftOut: leftOutField("the summary").describe(
      "Facts of a source section that the editors' summary does not give, on purpose, each with where and why; listed on the Verantwoording page.",
    ),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe("Where the region publishes the document (http or https)."),
    origin: SourceOriginSchema.optional().describe(
      "Where the original is when `url` is not known: the editors' note, whom to ask, an unconfirmed address. A summary needs `url` or `origin`, so its pages can say where the original is.",
    ),
    version: plainTextSchema({ ours: "`editorialFields: [edition]` in the document's entry" })
      .optional()
      .describe(
        'Optional: the document\'s version as it names itself, e.g. "september 2025" or "2.1". Inferred by the editors? Add `edition` to `editorialFields`.',
      ),
    date: PartialDateSchema.optional().describe(
      "Optional: when the document was published, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, e.g. `2025-09`. The site warns when it is older than the routebook's `staleAfterMonths`.",
    ),
  })
  .refine((source) => !source.summary || source.url !== undefined || source.origin !== undefined, {
    message: "a summary needs `url` or `origin`: every summary page says where the original is",
    path: ["origin"],
    params: {
      hint: 'add `url:` with the original\'s address, or `origin:` with `note:` (e.g. "Niet openbaar gevonden; vraag de bron op bij …")',
    },
  });

export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
export type SourceOrigin = z.infer<typeof SourceOriginSchema>;
