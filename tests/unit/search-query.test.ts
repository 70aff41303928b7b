import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { wordsOf } from "../../shared/search/compounds.ts";
import { boundQuery, QUERY_LIMITS } from "../../shared/search/query-bounds.ts";
import { rankResults } from "../../shared/search/rank.ts";
import { withoutDiacritics } from "../../shared/search/diacritics.ts";
import { searchTerms, synonymGroups, synonymTerms } from "../../pipeline/search/terms.ts";
import { typingDistance } from "../../shared/edit-distance.ts";
import { checkQuery, closestWord, suggestionWork, unmatchedWords } from "../../shared/search/typo.ts";
import { parseVocabulary, vocabularyText } from "../../shared/search/vocabulary.ts";

const pages = ["verzuim leerplicht koppelgenoot", "verzuim spijbelen", "verzuim coördinator"];
const vocabulary = parseVocabulary(vocabularyText(pages)).words;

describe("search: typos", () => {
  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(typingDistance("verzium", "verzuim")).toBe(1);
    expect(typingDistance("leerplict", "leerplicht")).toBe(1);
    expect(typingDistance("abc", "abc")).toBe(0);
  });

  it("lists the site's words most frequent first, without diacritics", () => {
    expect(vocabulary[0]).toBe("verzuim");
    expect(vocabulary).toContain("coordinator");
  });

  it("between words as near, suggests the one that shares the longer start: an inflection, not another word", () => {
    // "bepaalt" is on more pages; "betaald" is the same verb as "betaalt".
    expect(closestWord("betaalt", ["bepaalt", "betaald"])).toBe("betaald");
  });

  it("suggests the nearest site word, never for short words or far misses", () => {
    expect(closestWord("verzium", vocabulary)).toBe("verzuim");
    expect(closestWord("koppelgenood", vocabulary)).toBe("koppelgenoot");
    expect(closestWord("xyzzyqq", vocabulary)).toBeUndefined();
    expect(closestWord("verz", ["vers"])).toBeUndefined();
  });

  it("corrects only the unknown words of a query", () => {
    expect(checkQuery("leerplict verzuim", vocabulary)).toEqual({ unknown: ["leerplict"], suggestion: "leerplicht verzuim" });
    expect(checkQuery("verzuim", vocabulary)).toEqual({ unknown: [] });
    // A word search can find as the start of a site word is known: Pagefind matches prefixes.
    expect(checkQuery("spijbel", vocabulary)).toEqual({ unknown: [] });
    expect(checkQuery("qqqqqq", vocabulary)).toEqual({ unknown: ["qqqqqq"] });
  });

  it("names the query words no found page has", () => {
    expect(unmatchedWords("beleid school", ["De school en de begeleider"])).toEqual(["beleid"]);
    expect(unmatchedWords("coördinator", ["de verzuimcoordinator", "coordinatoren"])).toEqual([]);
  });
});

describe("search: synonyms and diacritics", () => {
  const glossary = [
    { term: "MDO", meaning: "multidisciplinair overleg" },
    { term: "JGZ", meaning: "jeugdgezondheidszorg", alsoSearch: ["jeugdarts"] },
    { term: "LDOS", meaning: "de thuiszitterstool waarin scholen thuiszitters registreren" },
    { term: "OPP", meaning: 'ontwikkelingsperspectiefplan; de bron schrijft ook "ontwikkelingsperspectief plan"' },
    { term: "SMART", meaning: "specifiek, meetbaar, acceptabel, realistisch en tijdgebonden; zo is een plan opgesteld" },
  ];

  it("groups a term with its name-like meaning, or the name before a semicolon, and its alsoSearch words", () => {
    expect(synonymGroups(glossary)).toEqual([
      ["MDO", "multidisciplinair overleg"],
      ["JGZ", "jeugdgezondheidszorg", "jeugdarts"],
      ["OPP", "ontwikkelingsperspectiefplan"],
    ]);
  });

  it("finds a page by the other names of the terms it uses, both ways", () => {
    const groups = synonymGroups(glossary);
    expect(synonymTerms("De school organiseert een MDO.", groups)).toEqual(["mdo", "multidisciplinair", "overleg"]);
    expect(synonymTerms("Een multidisciplinair overleg met de JGZ", groups)).toContain("jeugdarts");
    expect(synonymTerms("Een overleg", groups)).toEqual([]);
  });

  it("adds forms without diacritics and never a word the text already has", () => {
    expect(withoutDiacritics("financiële coördinator")).toBe("financiele coordinator");
    const terms = searchTerms("De verzuimcoördinator en het MDO", new Set(["verzuim", "coördinator"]), synonymGroups(glossary));
    expect(terms).toEqual(expect.arrayContaining(["coördinator", "coordinator", "verzuimcoordinator", "multidisciplinair"]));
    expect(terms).not.toContain("mdo");
  });
});

describe("search: our order", () => {
  const page = (url: string, title: string, content: string, score: number) => ({ url, title, content, score });

  it("puts the page whose title is the query before pages that only use it more often", () => {
    const ranked = rankResults("verzuim", [
      page("/a/stap/lang/", "Stap 1. De school registreert", "verzuim verzuim verzuim", 5),
      page("/a/stap/verzuim/", "Om welk verzuim gaat het?", "verzuim", 3),
    ]);
    expect(ranked.map((result) => result.url)[0]).toBe("/a/stap/verzuim/");
  });

  it("puts a page with the whole query as a phrase before one whose title has part of it", () => {
    const ranked = rankResults("verzuim stopt niet", [
      page("/a/stap/verzuim-stopt/", "Verzuim stopt", "Verzuim stopt. Goed zo.", 10),
      page("/a/stap/gesprek/", "In gesprek", "Het verzuim stopt niet.", 5),
    ]);
    expect(ranked.map((result) => result.url)[0]).toBe("/a/stap/gesprek/");
  });

  it("puts a step before a chapter with the same words, though not every word of the query is on either", () => {
    const text = "Is de leerling jonger dan 12, dan voert de school het gesprek met de ouders.";
    const ranked = rankResults("praat leerling jonger", [
      page("/a/hoofdstuk/contact/", "Contact met ouders", text, 6),
      { ...page("/a/stap/jong/", "Gesprek met ouders", text, 5), step: true },
    ]);
    expect(ranked.map((result) => result.url)[0]).toBe("/a/stap/jong/");
  });

  it("puts a page with a longer part of a question as a phrase first", () => {
    const typed = "met wie praat je als de leerling jonger is dan 12";
    const ranked = rankResults(
      "praat leerling jonger 12",
      [
        page("/a/stap/ouders/", "Gesprek", "De leerling is 12 en praat wat jonger dan zijn klasgenoten.", 9),
        page("/a/stap/gesprek/", "Gesprek", "Is de leerling jonger dan 12, dan praat de school met de ouders.", 6),
      ],
      typed,
    );
    expect(ranked.map((result) => result.url)[0]).toBe("/a/stap/gesprek/");
  });

  it("puts a page whose answer is the whole query before one that only mentions it", () => {
    const ranked = rankResults("aanmelding bij de jeugdarts", [
      page("/a/stap/jgz/", "JGZ", "De school bespreekt de aanmelding bij de jeugdarts eerst met de ouders.", 8),
      page("/a/stap/ziek/", "Zorgwekkend ziekteverzuim", "In gesprek met leerling en ouders. Aanmelding bij de jeugdarts. Lees verder.", 6),
    ]);
    expect(ranked.map((result) => result.url)[0]).toBe("/a/stap/ziek/");
  });

  it("reads a question's phrase as typed, function words and all, though they are not searched", () => {
    const ranked = rankResults(
      "school",
      [
        page("/a/stap/school/", "School", "De school belt.", 9),
        page("/a/stap/niet-naar-school/", "Niet naar school", "Het kind gaat niet naar school.", 4),
      ],
      "niet naar school",
    );
    expect(ranked.map((result) => result.url)[0]).toBe("/a/stap/niet-naar-school/");
  });

  it("counts a title's compound as covered by the tail it names, as much as by its head", () => {
    // Both titles name an "aanmelding"; the shorter one is more wholly about it.
    const ranked = rankResults("aanmelding", [
      page("/po/stap/geen-aanmelding/", "Geen schriftelijke aanmelding bij een school", "aanmelding", 15),
      { ...page("/vo/stap/geen-aanmelding/", "Geen schriftelijke schoolaanmelding", "schoolaanmelding", 13), aka: "aanmelding" },
    ]);
    expect(ranked.map((result) => result.url)[0]).toBe("/vo/stap/geen-aanmelding/");
  });

  it("does not take a title word's ending for its tail when the title names no such tail", () => {
    // "onderwijs" ends in "wijs" but is no compound of it: no `aka` says so.
    const ranked = rankResults("wijs", [
      page("/a/stap/onderwijs/", "Onderwijs", "onderwijs wijs", 5),
      page("/a/stap/wijs/", "Wijs worden", "wijs", 5),
    ]);
    expect(ranked.map((result) => result.url)[0]).toBe("/a/stap/wijs/");
  });

  it("puts a step, one question or action, before a chapter that has the words as well", () => {
    const chapter = page("/a/hoofdstuk/4-partners/", "De partners", "De jeugdarts roept de leerling op.", 6);
    const step = { ...page("/a/stap/jgz/", "JGZ", "De jeugdarts roept de leerling op.", 5), step: true };
    expect(rankResults("jeugdarts", [chapter, step]).map((result) => result.url)).toEqual([step.url, chapter.url]);
  });

  it("keeps Pagefind's order between equals", () => {
    const ranked = rankResults("x", [page("/1/", "a", "b", 2), page("/2/", "a", "b", 2)]);
    expect(ranked.map((result) => result.url)).toEqual(["/1/", "/2/"]);
  });
});

describe("search: a query is bounded before any work", () => {
  const querySets = [
    "bench/search-queries.json",
    "bench/search-questions.json",
    "bench/search-holdout-1.json",
    "bench/search-holdout-2.json",
  ];
  const benchQueries = querySets.flatMap((file) =>
    (JSON.parse(readFileSync(file, "utf8")) as { queries: { query: string }[] }).queries.map((entry) => entry.query),
  );

  it("leaves every realistic query as it is", () => {
    expect(benchQueries.length).toBeGreaterThan(135);
    for (const query of [...benchQueries, "aanmelding bij de jeugdarts", "coördinator"]) {
      expect(boundQuery(query), query).toEqual({ query, cut: [] });
    }
  });

  it("keeps the first words of a very long query, whole", () => {
    const letters = (i: number) => i.toString(36).replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!);
    const distinct = Array.from({ length: 20_000 }, (_, i) => `woord${letters(i)}`);
    const { query, cut } = boundQuery(distinct.join(" "));
    expect(cut).toContain("characters");
    expect(wordsOf(query).length).toBeLessThanOrEqual(QUERY_LIMITS.words);
    expect(query.length).toBeLessThanOrEqual(QUERY_LIMITS.characters);
    expect(distinct.join(" ").startsWith(query)).toBe(true);
    // No half word at the end.
    expect(distinct).toContain(wordsOf(query).at(-1));
    // Short words reach the word limit before the character limit.
    const short = boundQuery(Array.from({ length: 60 }, () => "de").join(" "));
    expect(short).toEqual({ query: Array.from({ length: QUERY_LIMITS.words }, () => "de").join(" "), cut: ["words"] });
  });

  it("cuts a word longer than any site word to its start, which finds the same pages (search matches starts)", () => {
    const { query, cut } = boundQuery("a".repeat(1_500_000));
    expect(query).toBe("a".repeat(QUERY_LIMITS.wordLength));
    expect(cut).toEqual(["characters", "word length"]);
    const cutWord = "b".repeat(QUERY_LIMITS.wordLength);
    const withLongWord = boundQuery(`verzuim ${"b".repeat(60)} school`);
    expect(withLongWord).toEqual({ query: `verzuim ${cutWord} school`, cut: ["word length"] });
  });

  it("lists no site word longer than a query word may be, so the limit is the word list's longest word", () => {
    const long = "x".repeat(QUERY_LIMITS.wordLength + 1);
    const listed = parseVocabulary(vocabularyText([`verzuim ${long} ${long.slice(1)}`])).words;
    expect(listed).toEqual(["verzuim", long.slice(1)].sort());
  });

  it("cuts at the character limit without splitting a letter that takes two code units", () => {
    const { query } = boundQuery("😀".repeat(QUERY_LIMITS.characters));
    expect(query.length).toBeLessThanOrEqual(QUERY_LIMITS.characters);
    expect(query).toBe("😀".repeat(QUERY_LIMITS.characters / 2));
  });

  it("bounds the suggestion step's work: unknown words × site words, each comparison linear in the word", () => {
    const siteWords = Array.from({ length: 2_000 }, (_, i) => `verzuim${"x".repeat(i % 40)}`);
    const few = suggestionWork(boundQuery("qqqqqqqq zzzzzzzzz").query, siteWords);
    const unknownWords = Array.from({ length: 20_000 }, (_, i) => `qq${"z".repeat(i % 30)}q`).join(" ");
    const many = suggestionWork(boundQuery(unknownWords).query, siteWords);
    const huge = suggestionWork(boundQuery("q".repeat(1_500_000)).query, siteWords);
    const perComparison = (2 * 2 + 1) * QUERY_LIMITS.wordLength;
    expect(few).toBeLessThanOrEqual(2 * siteWords.length * perComparison);
    expect(many).toBeLessThanOrEqual(QUERY_LIMITS.words * siteWords.length * perComparison);
    expect(huge).toBeLessThanOrEqual(siteWords.length * perComparison);
  });

  it("stops counting edits beyond the allowed number without changing the answer", () => {
    const words = ["verzuim", "verzium", "verzuimcoordinator", "leerplicht", "leerplict", "xyzzyqq", "", "ab", "ba"];
    for (const a of words) {
      for (const b of words) {
        const full = typingDistance(a, b);
        for (const limit of [0, 1, 2]) {
          const bounded = Math.min(typingDistance(a, b, limit), limit + 1);
          expect(bounded, `${a}/${b}/${limit}`).toBe(Math.min(full, limit + 1));
        }
      }
    }
  });
});
