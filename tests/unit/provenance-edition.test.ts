import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { provenanceOf } from "../../pipeline/provenance.ts";

describe("the Verantwoording's list of the editors' fields", () => {
  it("words an edition of the editors as the pages do, in Dutch, never as a raw date", async () => {
    const { routebooks } = await readContent("content");
    const sppoh = routebooks.find((routebook) => routebook.id === "sppoh-po")!;
    expect(sppoh.editorialFields).toContain("edition");
    const edition = (routebook: typeof sppoh) =>
      provenanceOf(routebook).editorial.find((item) => item.place === "het routeboek (versie)")?.text;
    expect(edition(sppoh)).toBe("versie september 2025");
    // Dated only: the month in words, not "2025-09".
    const { version: _, ...dated } = sppoh;
    expect(edition(dated)).toBe("september 2025");
  }, 60_000);
});
