import { z } from "zod";

/** One glossary entry: an abbreviation or word that readers may not know, with what it means. */
export const GlossaryEntrySchema = z
  .object({
    term: z
      .string()
      .trim()
      .min(1, { message: "an entry needs a term: `term: MDO`" })
      .describe('The abbreviation or word exactly as the content writes it, e.g. "MDO" or "IB-er".'),
    meaning: z
      .string()
      .trim()
      .min(1, { message: "an entry needs a meaning: `meaning: multidisciplinair overleg`" })
      .describe('What the term means, in plain Dutch, e.g. "multidisciplinair overleg".'),
    po: z.string().trim().min(1).optional().describe("What primary education (po) calls the same thing, when that differs from the term."),
    vo: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('What secondary education (vo) calls the same thing, when that differs from the term, e.g. "JES" for "MDO".'),
    alsoSearch: z
      .array(z.string().trim().min(1, { message: "a search word may not be empty" }))
      .optional()
      .describe(
        'Other words readers type when they look for this term, e.g. ["jeugdarts"] for "JGZ". Search finds the pages with the term under each of these words, and the other way round.',
      ),
    source: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "Where the meaning comes from, e.g. a source document's title. Leave it out when the meaning is the editors' own words; the site then says so.",
      ),
  })
  .strict();

/**
 * A glossary file (`content/begrippen.yml` or `content/<id>/begrippen.yml`):
 * a list of entries, each term once.
 */
export const GlossaryFileSchema = z.array(GlossaryEntrySchema).describe("The entries of one glossary file.");

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
