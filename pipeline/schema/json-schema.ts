import { z } from "zod";
import { FlowMetaSchema } from "./flow.ts";
import { GlossaryFileSchema } from "../../shared/schema/glossary.ts";
import { RoutebookMetaSchema } from "./routebook.ts";
import { SignalsFileSchema } from "./signals.ts";
import { EditionSchema } from "./edition.ts";

/**
 * JSON Schemas of the frontmatter, for editors that validate YAML as you type
 * (e.g. `# yaml-language-server: $schema=…`). Generated from the zod schemas,
 * so they cannot drift from what the build accepts.
 */
export function frontmatterJsonSchemas(): Record<string, unknown> {
  const toJson = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }),
    title,
  });
  return {
    "routeboek.schema.json": toJson(RoutebookMetaSchema, "Frontmatter of routeboek.md"),
    "flow.schema.json": toJson(FlowMetaSchema, "Frontmatter of flow.md"),
    "begrippen.schema.json": toJson(GlossaryFileSchema, "A glossary file, begrippen.yml"),
    "signalen.schema.json": toJson(SignalsFileSchema, "A routebook's verzuim thresholds, signalen.yml"),
  };
}

/** The JSON Schema of an edition, the site's open data (docs/open-data.md): what other systems can rely on. */
export const editionJsonSchema = () => ({
  ...z.toJSONSchema(EditionSchema, { target: "draft-2020-12", io: "output" }),
  title: "An edition of a routebook, as the site publishes it",
});
