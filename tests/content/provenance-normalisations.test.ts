// The Verantwoording lists the editors' normalisations of a source's words apart from its reading fixes (F13).
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { provenanceOf } from "../../pipeline/provenance.ts";

describe("the Verantwoording's corrections and normalisations", () => {
  it("lists OCR fixes as corrections and the editors' normalisations apart, each correction once", async () => {
    const { routebooks } = await readContent("content");
    const swv = routebooks.find((routebook) => routebook.id === "swvzhw-vo")!;
    const account = provenanceOf(swv);
    expect(account.corrections.every((correction) => correction.kind === "ocr")).toBe(true);
    expect(account.normalisations.map((correction) => correction.source)).toEqual([
      "A Actie 1. Handel\n\nvolgens de meldcode\nHuiselijk Geweld en\nKindermishandeling.",
      "Quder- en jeugdsteunpunt - SWV Zuid Holland West",
      "Lees verder in het Routeboek, Hoofdstuk 3",
    ]);
    expect(account.corrections.length + account.normalisations.length).toBe(swv.flow.corrections.length);
    const sppoh = routebooks.find((routebook) => routebook.id === "sppoh-po")!;
    expect(provenanceOf(sppoh).normalisations).toEqual([]);
  });
});
