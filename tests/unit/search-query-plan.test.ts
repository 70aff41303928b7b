import { describe, expect, it } from "vitest";
import { compoundQuery, mergeByCoverage, mergedNotice, vocabularyLexicon } from "../../shared/search/query-plan.ts";
import { ownFirst } from "../../shared/search/own-first.ts";
import { queryWords, quotedList } from "../../shared/search/query-words.ts";

describe("search: a question's words", () => {
  it("drops Dutch function words from a question, keeping its content words as typed", () => {
    expect(queryWords("Wie organiseert het MDO?")).toEqual({
      content: ["organiseert", "MDO?"],
      dropped: ["Wie", "het"],
    });
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
  it("adds up each page's word scores, as BM25 scores a query of several words", () => {
    const merged = mergeByCoverage([
      {
        word: "kind",
        hits: [
          { id: "a", score: 1 },
          { id: "b", score: 2 },
          { id: "c", score: 1 },
        ],
      },
      {
        word: "vrijstelling",
        hits: [
          { id: "e", score: 4 },
          { id: "c", score: 2.5 },
        ],
      },
      { word: "krijgen", hits: [] },
    ]);
    expect(merged.map((page) => page.id)).toEqual(["e", "c", "b", "a"]);
    expect(merged[1]).toEqual({ id: "c", words: ["kind", "vrijstelling"], coverage: 3.5 });
  });

  it("counts a page with only a compound's parts at half, and the compound itself in full", () => {
    const merged = mergeByCoverage([
      {
        word: "doorbraakoverleg",
        hits: [{ id: "bijlage", score: 2 }],
        partHits: [
          { id: "tafel", score: 3 },
          { id: "bijlage", score: 3 },
        ],
      },
    ]);
    expect(merged.map(({ id, coverage }) => [id, coverage])).toEqual([
      ["bijlage", 2],
      ["tafel", 1.5],
    ]);
  });
});

describe("search: the note above merged results", () => {
  const searches = [
    { word: "kind", hits: [{ id: "a", score: 1 }] },
    { word: "qxzv", hits: [] },
    { word: "wvxq", hits: [] },
  ];

  it("names the words no page has and says that no page has them all", () => {
    expect(mergedNotice(searches, new Map(), 0)).toBe(
      "Geen pagina heeft de woorden “qxzv” en “wvxq”. " + "Geen pagina heeft alle woorden samen: hieronder de pagina’s met een deel ervan.",
    );
  });

  it("names the other forms and compound parts searched, and how many pages had every word", () => {
    const alsoAs = new Map([
      ["ziekmelding", ["ziek melding"]],
      ["financieel", ["financiele", "financiën"]],
      ["kind", []],
    ]);
    const words = [searches[0]!, { word: "ziekmelding", hits: [], partHits: [{ id: "b", score: 1 }] }];
    expect(mergedNotice(words, alsoAs, 2)).toBe(
      "Gezocht op “ziekmelding” ook als “ziek melding”, " +
        "“financieel” ook als “financiele” en “financiën”. " +
        "2 pagina’s hebben alle woorden samen; daarna volgen pagina’s met een deel ervan.",
    );
    expect(mergedNotice(words, new Map(), 1)).toBe("1 pagina heeft alle woorden samen; daarna volgen pagina’s met een deel ervan.");
  });

  it("says that a word is not on the site when only its parts were searched", () => {
    const words = [searches[0]!, { word: "verzuimoverleg", hits: [], partHits: [{ id: "b", score: 1 }] }];
    const alsoAs = new Map([["verzuimoverleg", ["verzuim overleg"]]]);
    expect(mergedNotice(words, alsoAs, 0, { filtered: true, instead: new Set(["verzuimoverleg"]) })).toBe(
      "Geen pagina heeft “verzuimoverleg”; gezocht op “verzuim overleg”. " +
        "Geen pagina binnen het filter heeft alle woorden samen: hieronder de pagina’s met een deel ervan.",
    );
  });

  it("speaks of the pages a filter keeps when the search was filtered", () => {
    expect(mergedNotice(searches, new Map(), 3, { filtered: true })).toBe(
      "Geen pagina binnen het filter heeft de woorden “qxzv” en “wvxq”. " +
        "3 pagina’s binnen het filter hebben alle woorden samen; daarna volgen pagina’s met een deel ervan.",
    );
  });

  it("adds the score of the query as typed to the pages that have it whole", () => {
    const merged = mergeByCoverage(
      [
        {
          word: "laat",
          hits: [
            { id: "a", score: 2 },
            { id: "b", score: 2 },
          ],
        },
        {
          word: "komen",
          hits: [
            { id: "a", score: 1 },
            { id: "b", score: 1.5 },
          ],
        },
      ],
      [{ id: "a", score: 2 }],
    );
    expect(merged.map(({ id, coverage }) => [id, coverage])).toEqual([
      ["a", 5],
      ["b", 3.5],
    ]);
  });

  it("quotes a list of words the Dutch way", () => {
    expect(quotedList(["a"])).toBe("“a”");
    expect(quotedList(["a", "b", "c"])).toBe("“a”, “b” en “c”");
  });
});

describe("search: the routebook searched from first", () => {
  it("puts its results first and the others below, each in the order they had", () => {
    const results = ["a1", "b1", "a2", "b2", "a3"];
    expect(ownFirst(results, (id) => id.startsWith("a"))).toEqual(["a1", "a2", "a3", "b1", "b2"]);
  });
});
