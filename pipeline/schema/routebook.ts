import { z } from "zod";
import { SlugSchema } from "./id.ts";
import { SourceDocumentSchema } from "./source-document.ts";

/** The frontmatter of a routebook's `routeboek.md`. */
export const RoutebookMetaSchema = z
  .object({
    id: SlugSchema.describe("URL segment of the routebook, e.g. `sppoh-po` → `/sppoh-po/`. Must equal the folder name."),
    title: z.string().min(1).describe('Name shown on the site, e.g. "Routeboek Verzuim & Thuiszitters PO".'),
    organisation: z.string().min(1).describe("Who publishes it: the samenwerkingsverband or municipality."),
    sector: z.enum(["po", "vo"]).describe("School sector: `po` (primary) or `vo` (secondary)."),
    region: z.string().min(1).describe('Region or municipalities covered, e.g. "Den Haag".'),
    version: z.string().min(1).describe('Version as the source documents name it, e.g. "september 2025".'),
    documents: z
      .array(SourceDocumentSchema)
      .min(1)
      .describe("The source documents that flows refer to; each alias must be unique."),
  })
  .strict();

export type RoutebookMeta = z.infer<typeof RoutebookMetaSchema>;
