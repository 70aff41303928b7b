import { z } from "zod";
import { plainTextSchema } from "./plain-text.ts";

/**
 * Words of a source the site leaves out on purpose: a sentence of a tool's page that no step
 * holds, or a fact of a source section that its summary does not give. The fidelity checks
 * accept a missing item only when it is listed here, and the Verantwoording page lists them all.
 */
export const LeftOutSchema = z.strictObject({
  text: plainTextSchema({ note: "the site shows it as the source's words" }).describe(
    "The source's words that are left out, exactly as the source has them (after corrections).",
  ),
  where: plainTextSchema().describe('Where a reader finds them in the source, e.g. "pagina 14" or "2. Verzuim".'),
  reason: plainTextSchema({ note: "the site shows it as the editors'" }).describe("Why the editors left them out, in a sentence."),
});

/** The list as a frontmatter field: optional, empty by default. */
export const leftOutField = (what: string) =>
  z
    .array(LeftOutSchema)
    .default([])
    .describe(`Source words ${what} leaves out on purpose, each with where and why; listed on the Verantwoording page.`);

export type LeftOut = z.infer<typeof LeftOutSchema>;
