import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { readContent } from "../../pipeline/content.ts";
import { type ChapterSection, chapterSections } from "../fidelity/sections.ts";
import { SOURCES } from "../fidelity/sources.ts";

describe("each chapter of a summary paired with its source section", () => {
  const sections = new Map<string, ChapterSection[]>();
  beforeAll(async () => {
    const content = await readContent("content");
    for (const source of SOURCES.filter((candidate) => candidate.kind === "summary")) {
      const routebook = content.routebooks.find((book) => book.id === source.id)!;
      sections.set(source.id, chapterSections(routebook, await readFile(source.seedFile, "utf8")));
    }
  });
  const section = (id: string, title: string) => sections.get(id)!.find((entry) => entry.chapter.title === title)!;

  it("takes the heading where the section starts, not an enumeration of the chapters before it", () => {
    const first = section("den-bosch-schoolverzuim", "1. Stimuleren van aanwezigheid");
    expect(first.source).toMatch(/^ 1\. Stimuleren van aanwezigheid {2}\nBij de positieve/);
    expect(first.source).not.toContain("Betrouwbare registratie en vroegtijdige signalering");
    expect(section("den-bosch-schoolverzuim", "Inleiding").source).toContain("5. Van stagnatie naar doorbraak.");
  });

  it("finds a heading the seed wraps over two lines or spells with other white space", () => {
    const fifth = section(
      "west-brabant-thuiszitterspact",
      "5. Stappenplan voorkomen en bestrijden van thuiszitten en opschalen casuïstiek",
    );
    expect(fifth.source).toMatch(/^ 5\. {2}\uFFFDStappenplan/);
    expect(fifth.source).not.toContain("6. Evaluatie en implementatie");
    expect(section("den-bosch-schoolverzuim", "Bijlage 5: ROLLEN en bevoegdheden PARTNERS").source).toContain("Jeugdarts");
  });

  it("gives no source for an annex the seed does not hold, and does not take a line that lists it", () => {
    for (const title of [
      "5.1 Procesflow stappenplan",
      "5.2 Visual stappenplan voorkomen en bestrijden thuiszitten",
      "5.3 Oplegger lokale opschaling",
    ]) {
      expect(section("west-brabant-thuiszitterspact", title).source).toBeUndefined();
    }
    expect(section("west-brabant-thuiszitterspact", "Bijlagen").source).toContain("5.3 Oplegger lokale opschaling");
    expect(section("den-bosch-schoolverzuim", "Bijlage handleiding registreren thuiszitterstool LDOS").source).toBeUndefined();
  });

  it("finds every other chapter, each once and in order", () => {
    for (const [id, entries] of sections) {
      const missing = entries.filter((entry) => entry.source === undefined).map((entry) => entry.chapter.title);
      expect(missing.length, id).toBeLessThanOrEqual(3);
      const seedOrder = entries.flatMap((entry) => (entry.source ? [entry.source] : []));
      expect(new Set(seedOrder).size, id).toBe(seedOrder.length);
    }
    expect(
      sections
        .get("den-haag-tien-stappen")!
        .map((entry) => entry.source?.length ?? 0)
        .every((length) => length > 100),
    ).toBe(true);
  });
});
