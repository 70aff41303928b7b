import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { frontmatterJsonSchemas } from "../../pipeline/schema/json-schema.ts";

describe("published JSON Schemas", () => {
  it("match the zod schemas (run `npm run schemas` after changing a schema)", async () => {
    for (const [name, schema] of Object.entries(frontmatterJsonSchemas())) {
      expect(JSON.parse(await readFile(`schemas/${name}`, "utf8")), name).toEqual(schema);
    }
  });

  it("document each field and list the sectors", () => {
    const schema = frontmatterJsonSchemas()["routeboek.schema.json"] as {
      properties: Record<string, { description?: string; default?: unknown; uniqueItems?: boolean; items?: { enum?: string[] } }>;
      required: string[];
    };
    expect(schema.properties.sectors!.items!.enum).toEqual(["po", "vo", "mbo"]);
    expect(schema.properties.sectors!.uniqueItems).toBe(true);
    expect(schema.properties.staleAfterMonths!.default).toBe(36);
    expect(schema.properties.staleAfterMonths!.description).toContain("Default: 36");
    expect(schema.required).not.toContain("version");
    for (const [field, property] of Object.entries(schema.properties)) expect(property.description, field).toBeTruthy();
    expect(schema.required).toContain("documents");
  });
});
