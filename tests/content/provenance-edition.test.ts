import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { provenanceOf } from "../../pipeline/provenance.ts";
import { parse } from "yaml";

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

describe("the Verantwoording's list of the thresholds page's words of the editors", () => {
  it("holds every note, whom to ask, unit rule and question of each signalen.yml, read from the file itself", async () => {
    const { routebooks } = await readContent("content");
    const withThresholds = routebooks.filter((routebook) => routebook.signals.length > 0);
    expect(withThresholds.length).toBeGreaterThan(1);
    for (const routebook of withThresholds) {
      const file = parse(await readFile(`content/${routebook.id}/signalen.yml`, "utf8")) as Record<string, Record<string, string>[]>;
      const ours = [
        ...(file.signals ?? []).map((signal) => signal.note),
        ...[...(file.gaps ?? []), ...(file.contradictions ?? [])].flatMap((unclear) => [unclear.note, unclear.ask]),
        ...(file.conversions ?? []).map((conversion) => conversion.note),
        ...(file.questions ?? []).map((question) => question.question),
      ].filter((text): text is string => typeof text === "string");
      const listed = new Set(provenanceOf(routebook).editorial.map((item) => item.text.replace(/\s+/g, " ").trim()));
      for (const text of ours) expect(listed, `${routebook.id}: ${text.slice(0, 60)}`).toContain(text.replace(/\s+/g, " ").trim());
    }
  });
});

describe("the Verantwoording's list of a phase's start event of the editors", () => {
  it("names it for 's-Hertogenbosch, whose phases the editors made", async () => {
    const { routebooks } = await readContent("content");
    const denBosch = routebooks.find((routebook) => routebook.id === "den-bosch-schoolverzuim")!;
    const starts = provenanceOf(denBosch).editorial.filter((item) => item.text.startsWith("begint bij: "));
    expect(starts.map((item) => `${item.place}: ${item.text}`)).toEqual([
      "fase 1: begint bij: de eerste ziektedag",
      "fase 2: begint bij: de aanmelding bij de jeugdarts",
    ]);
  });
});

describe("the Verantwoording's list of source words left out on purpose", () => {
  it("lists the flow's and each summary document's leftOut, with the document each belongs to", async () => {
    const { routebooks } = await readContent("content");
    const sppoh = routebooks.find((routebook) => routebook.id === "sppoh-po")!;
    const item = { text: "Vorige", where: "pagina 14", reason: "een knop om terug te gaan" };
    const withLeftOut = {
      ...sppoh,
      flow: { ...sppoh.flow, leftOut: [item] },
      documents: sppoh.documents.map((source, index) => ({ ...source, leftOut: index === 0 ? [{ ...item, where: "hoofdstuk 1" }] : [] })),
    };
    expect(provenanceOf(withLeftOut).leftOut).toEqual([
      { ...item, document: sppoh.flow.title },
      { ...item, where: "hoofdstuk 1", document: sppoh.documents[0]!.title },
    ]);
  });
});
