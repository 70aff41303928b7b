import { describe, expect, it } from "vitest";
import type { Chapter, ExtractedDocument } from "../../pipeline/pdf/document.ts";
import { resolveReference, titleSimilarity } from "../../pipeline/references/resolve.ts";
import { slugify } from "../../pipeline/ids/slug.ts";

function chapter(title: string, page: number, sections: [string, number][] = []): Chapter {
  return {
    title,
    slug: slugify(title, 8),
    page,
    endPage: page,
    sections: sections.map(([sectionTitle, sectionPage]) => ({
      level: 2,
      title: sectionTitle,
      page: sectionPage,
      anchor: slugify(sectionTitle, 8),
    })),
    blocks: [],
    text: "",
  };
}

const document = (chapters: Chapter[]): ExtractedDocument => ({
  title: "Routeboek",
  pageCount: 20,
  headingSource: "outline",
  headings: [],
  chapters,
  pages: [],
  links: [],
  warnings: [],
});

const ROUTEBOEK = document([
  chapter("Hoofdstuk 2: Routeboek zonder schoolinschrijving", 3),
  chapter("Hoofdstuk 3: Routeboek met schoolinschrijving", 6, [
    ["fase 2: Signaleren", 7],
    ["fase 2.2 Registreren van verzuim", 8],
    ["fase 3a: Verzuim stopt", 10],
    ["fase 3b: Verzuim stopt niet", 11],
  ]),
  chapter("Hoofdstuk 5: Afwezige leerlingen", 14),
]);

describe("resolveReference", () => {
  it("resolves a chapter and section by number, to the section's anchor and page", () => {
    expect(resolveReference("Hoofdstuk 3: fase 2.2 Registreren van verzuim", ROUTEBOEK)).toEqual({
      target: {
        chapter: "hoofdstuk-3-routeboek-met-schoolinschrijving",
        chapterTitle: "Hoofdstuk 3: Routeboek met schoolinschrijving",
        anchor: "fase-2-2-registreren-van-verzuim",
        sectionTitle: "fase 2.2 Registreren van verzuim",
        page: 8,
      },
    });
  });

  it("tells fase 3a from fase 3b and fase 2 from fase 2.2", () => {
    const pageOf = (text: string) => {
      const resolution = resolveReference(text, ROUTEBOEK);
      return "target" in resolution ? resolution.target.page : undefined;
    };
    expect(pageOf("Hoofdstuk 3: fase 3b: Verzuim stopt niet")).toBe(11);
    expect(pageOf("Hoofdstuk 3: fase 3a: Verzuim stopt")).toBe(10);
    expect(pageOf("Hoofdstuk 3, fase 2: Signaleren")).toBe(7);
  });

  it("resolves a whole chapter by number when its title still fits", () => {
    const resolution = resolveReference("Hoofdstuk 5: Afwezige leerlingen", ROUTEBOEK);
    expect(resolution).toMatchObject({ target: { chapter: "hoofdstuk-5-afwezige-leerlingen", page: 14 } });
    expect(resolution).not.toHaveProperty("target.anchor");
  });

  it("fails on a renumbered chapter, suggesting the chapter that now has the title", () => {
    const renumbered = document([
      chapter("Hoofdstuk 4: Verlof", 12),
      chapter("Hoofdstuk 5: Verlof aanvragen", 13),
      chapter("Hoofdstuk 6: Afwezige leerlingen", 15),
    ]);
    expect(resolveReference("Hoofdstuk 5: Afwezige leerlingen", renumbered)).toEqual({
      problem: 'the heading there is now "Hoofdstuk 5: Verlof aanvragen"',
      suggestions: ["Hoofdstuk 5: Verlof aanvragen", "Hoofdstuk 6: Afwezige leerlingen"],
    });
  });

  it("fails on a renamed chapter or section", () => {
    const renamed = document([chapter("Hoofdstuk 5: Verlof en vrijstelling", 14), chapter("Hoofdstuk 6: Schorsing", 16)]);
    expect(resolveReference("Hoofdstuk 5: Afwezige leerlingen", renamed)).toMatchObject({
      problem: 'the heading there is now "Hoofdstuk 5: Verlof en vrijstelling"',
    });
    expect(resolveReference("Hoofdstuk 3, fase 2.2: Een heel andere titel", ROUTEBOEK)).toMatchObject({
      problem: 'the heading there is now "fase 2.2 Registreren van verzuim"',
    });
  });

  it("fails on a section key or number that is not there", () => {
    const moved = resolveReference("Hoofdstuk 2: fase 2.2 Registreren van verzuim", ROUTEBOEK) as {
      problem: string;
      suggestions: string[];
    };
    expect(moved.problem).toBe('Hoofdstuk 2 has no section "fase 2.2"');
    expect(moved.suggestions.slice(0, 2)).toEqual([
      "Hoofdstuk 2: Routeboek zonder schoolinschrijving",
      "Hoofdstuk 3: Routeboek met schoolinschrijving › fase 2.2 Registreren van verzuim",
    ]);
    expect(resolveReference("Bijlage 3: Routeboek met schoolinschrijving", ROUTEBOEK)).toMatchObject({
      problem: "the document has no bijlage 3",
    });
  });

  it("resolves by title alone when the reference has no number", () => {
    expect(resolveReference("Afwezige leerlingen", ROUTEBOEK)).toMatchObject({ target: { chapter: "hoofdstuk-5-afwezige-leerlingen" } });
  });

  it("fails when a title fits two chapters equally", () => {
    const twice = document([chapter("Hoofdstuk 1: Verzuim melden", 1), chapter("Hoofdstuk 2: Verzuim melden", 4)]);
    expect(resolveReference("Verzuim melden", twice)).toMatchObject({ problem: "it matches more than one chapter" });
  });
  describe("with parts numbered as 'Deel', like numbering.ts reads headings", () => {
    const DELEN = document([
      chapter("Deel 2: Signaleren", 3, [["fase 1: Preventie", 4]]),
      chapter("Deel 3: Verzuim", 6),
      chapter("Deel 5: Afwezige leerlingen", 9),
    ]);

    it("resolves a part and a section in it by number", () => {
      expect(resolveReference("Deel 2: Signaleren", DELEN)).toMatchObject({ target: { chapter: "deel-2-signaleren", page: 3 } });
      expect(resolveReference("Deel 2, fase 1: Preventie", DELEN)).toMatchObject({
        target: { chapter: "deel-2-signaleren", anchor: "fase-1-preventie", page: 4 },
      });
    });

    it("does not count the word 'deel' as a title word, so a renamed part is caught", () => {
      // Counting "deel" would make {deel, signaleren} and {deel, verzuim} overlap by half, which passes as the same title.
      expect(resolveReference("Deel 3: Signaleren", DELEN)).toMatchObject({ problem: 'the heading there is now "Deel 3: Verzuim"' });
    });

    it("matches a part by title alone as well as a chapter", () => {
      expect(resolveReference("Afwezige leerlingen", DELEN)).toMatchObject({ target: { chapter: "deel-5-afwezige-leerlingen" } });
      expect(titleSimilarity("Afwezige leerlingen", "Deel 5: Afwezige leerlingen")).toBe(1);
    });
  });
});
