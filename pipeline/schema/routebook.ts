import { z } from "zod";
import { SlugSchema } from "./id.ts";
import { SourceDocumentSchema } from "./source-document.ts";

/** The frontmatter of a routebook's `routeboek.md`. */
export const RoutebookMetaSchema = z
  .object({
    /** URL segment of the routebook, e.g. `sppoh-po` → `/sppoh-po/`. Must equal the folder name. */
    id: SlugSchema,
    /** Name shown on the site, e.g. "Routeboek Verzuim & Thuiszitters PO". */
    title: z.string().min(1),
    /** Who publishes it: the samenwerkingsverband or municipality. */
    organisation: z.string().min(1),
    /** School sector: `po` (primary) or `vo` (secondary). */
    sector: z.enum(["po", "vo"]),
    /** Region or municipalities covered, e.g. "Den Haag". */
    region: z.string().min(1),
    /** Version as the source documents name it, e.g. "september 2025". */
    version: z.string().min(1),
    /** The source documents that flows refer to; aliases must be unique. */
    documents: z.array(SourceDocumentSchema).min(1),
  })
  .strict();

export type RoutebookMeta = z.infer<typeof RoutebookMetaSchema>;
