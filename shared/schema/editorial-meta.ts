import { z } from "zod";

/**
 * The fields of a routebook or a source document that can be the editors' reading
 * rather than a source's words. `edition` is the version and the date together, as
 * the site shows them ("versie september 2025"). One list for both, so the site
 * marks them alike wherever it shows them.
 */
export const EDITORIAL_META_FIELDS = ["title", "organisation", "region", "edition"] as const;
export type EditorialMetaField = (typeof EDITORIAL_META_FIELDS)[number];

/** `editorialFields:` of a routebook or document: which of the given fields are ours. */
export const editorialFieldsSchema = <const Field extends EditorialMetaField>(fields: readonly [Field, ...Field[]], what: string) =>
  z
    .array(z.enum(fields))
    .default([])
    .describe(
      `Which of ${fields.join(", ")} are the editors' reading because the source does not name them ` +
        `(\`edition\` is the version and date together); the site marks them as ours wherever it shows ${what}.`,
    );
