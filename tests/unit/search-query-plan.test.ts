import { describe, expect, it } from "vitest";
import { compoundQuery, mergeByCoverage, queryWords, vocabularyLexicon } from "../../pipeline/search/query-plan.ts";

describe("search: a question's words", () => {
  it("drops Dutch function words from a question, keeping its content words as typed", () => {
    expect(queryWords("Wie organiseert het MDO?")).toEqual({ content: ["organiseert", "MDO?"], dropped: ["Wie", "het"] });
    expect(queryWords("kan mijn kind vrijstelling krijgen")).toEqual({
      content: ["kind", "vrijstelling", "krijgen"],
      dropped: ["kan", "mijn"],
    });
  });

  it("keeps numbers, and keeps a query of function words only whole", () => {
    expect(queryWords("16 uur in 4 weken").content).toEqual(["16", "uur", "4", "weken"]);
    expect(queryWords("wie is het")).toEqual({ content: ["wie", "is", "het"], dropped: [] });
  });
});

describe("search: a compound in the query", () => {
  const lexicon = vocabularyLexicon(["doorbraak", "overleg", "ziek", "melding", "onderwijs"]);

  it("splits a compound into parts the site has", () => {
    expect(compoundQuery("doorbraakoverleg", lexicon)).toBe("doorbraak overleg");
    expect(compoundQuery("Ziekmelding", lexicon)).toBe("ziek melding");
  });

  it("leaves a word whole when its parts are not both the site's words", () => {
    expect(compoundQuery("onderwijs", lexicon)).toBeUndefined();
    expect(compoundQuery("ziekteverlof", lexicon)).toBeUndefined();
  });
});

describe("search: merging single-word searches", () => {
  it("puts the page with the most of the query first, a rare word above a common one", () => {
    const merged = mergeByCoverage([
      { word: "kind", hits: [{ id: "a", score: 1 }, { id: "b", score: 1 }, { id: "c", score: 1 }, { id: "d", score: 5 }] },
      { word: "vrijstelling", hits: [{ id: "e", score: 1 }, { id: "c", score: 1 }] },
      { word: "krijgen", hits: [] },
    ]);
    expect(merged.map((page) => page.id)).toEqual(["c", "e", "d", "a", "b"]);
    expect(merged[0]!.words).toEqual(["kind", "vrijstelling"]);
  });
});
