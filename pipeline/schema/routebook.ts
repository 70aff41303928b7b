import { z } from "zod";
import { plainTextSchema } from "./plain-text.ts";
import { PartialDateSchema } from "../dates/date.ts";
import { EDITORIAL_META_FIELDS, editorialFieldsSchema } from "../../shared/schema/editorial-meta.ts";
import { SlugSchema } from "./id.ts";
import { SourceDocumentSchema } from "./source-document.ts";
import { DEFAULT_STALE_AFTER_MONTHS } from "../dates/staleness.ts";

/** School sectors a routebook can cover. */
export const SECTORS = ["po", "vo", "mbo"] as const;
export type Sector = (typeof SECTORS)[number];

/** The frontmatter of a routebook's `routeboek.md`. */
export const RoutebookMetaSchema = z
  .object({
    id: SlugSchema.describe("URL segment of the routebook, e.g. `sppoh-po` → `/sppoh-po/`. Must equal the folder name."),
    title: plainTextSchema({ ours: "`editorialFields: [title]`" }).describe(
      'Name shown on the site, e.g. "Routeboek Verzuim & Thuiszitters PO".',
    ),
    organisation: plainTextSchema({ ours: "`editorialFields: [organisation]`" }).describe(
      "Who publishes it: the samenwerkingsverband or municipality.",
    ),
    editorialFields: editorialFieldsSchema(EDITORIAL_META_FIELDS, "the routebook"),
    purpose: plainTextSchema({ note: "the site marks the purpose as the editors' already" })
      .optional()
      .describe(
        "One sentence in the editors' words: what this routebook is and when to use it, so a reader can choose between routebooks of one region. Shown, marked as the editors', on the home page and the routebook page.",
      ),
    sectors: z
      .array(z.enum(SECTORS))
      .min(1)
      .refine((sectors) => new Set(sectors).size === sectors.length, {
        message: "lists a sector twice",
        params: { hint: "name each sector once, e.g. `sectors: [po, vo]`" },
      })
      .describe("School sectors covered, each once: `po` (primary), `vo` (secondary), `mbo` (vocational). E.g. `[po]` or `[vo, mbo]`.")
      .meta({ uniqueItems: true }),
    region: plainTextSchema({ ours: "`editorialFields: [region]`" }).describe(
      'Region covered, as the site names it, e.g. "Den Haag" or "Haaglanden".',
    ),
    municipalities: z
      .array(plainTextSchema())
      .optional()
      .describe("Optional: the municipalities (gemeenten) the routebook covers, e.g. `[Den Haag, Rijswijk]`. Shown on the routebook page."),
    version: plainTextSchema({ ours: "`editorialFields: [edition]`" })
      .optional()
      .describe(
        'Optional: the version as the source documents name it, e.g. "september 2025". Inferred by the editors? Add `edition` to `editorialFields`.',
      ),
    date: PartialDateSchema.optional().describe(
      "Optional: when this version was published, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, e.g. `2025-09`. The site warns when it is older than `staleAfterMonths`.",
    ),
    staleAfterMonths: z
      .int()
      .positive()
      // Ten years: past that, "possibly outdated" would never come for a routebook in use.
      .max(120)
      .default(DEFAULT_STALE_AFTER_MONTHS)
      .describe(
        `Optional: after how many months the site marks the routebook and its documents as possibly outdated ("mogelijk verouderd"), counted from their \`date\`. Default: ${DEFAULT_STALE_AFTER_MONTHS}.`,
      ),
    documents: z.array(SourceDocumentSchema).min(1).describe("The source documents that flows refer to; each alias must be unique."),
  })
  .strict();

export type RoutebookMeta = z.infer<typeof RoutebookMetaSchema>;
