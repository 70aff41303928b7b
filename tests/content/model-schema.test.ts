import { describe, expect, it } from "vitest";
import { loadContent } from "../../pipeline/content.ts";
import { RoutebookSchema } from "../../pipeline/model/model.ts";
import { readStoredRoutebook } from "../../pipeline/model/stored.ts";

/** The model as the site's data store keeps it: plain JSON. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("the model's schema, which the site reads the stored model back with", () => {
  it("reads every routebook of the content back as it was, field for field", async () => {
    const routebooks = await loadContent("content", () => {});
    expect(routebooks.length).toBeGreaterThan(3);
    for (const routebook of routebooks) {
      expect(stored(RoutebookSchema.parse(stored(routebook))), routebook.id).toEqual(stored(routebook));
      expect(stored(readStoredRoutebook(stored(routebook)))).toEqual(stored(routebook));
    }
  });

  it("refuses a stored model that drifted from the pipeline's: a field the schema lacks, or one it needs", async () => {
    const [routebook] = await loadContent("content", () => {});
    const extra = stored(routebook);
    extra.flow.steps[0].shortcut = true;
    expect(() => readStoredRoutebook(extra)).toThrow("a field the model's schema does not know: flow.steps.0.shortcut");
    const missing = stored(routebook);
    delete missing.flow.steps[0].title;
    expect(() => readStoredRoutebook(missing)).toThrow(/title/);
  });
});
