import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { querySets, readQuerySet, type Row, score, withoutResults } from "../../bench/search-sets.ts";

const row = (query: string, oursCount: number, plainCount: number): Row => {
  const scores = score([], ["/a/"]);
  const entry = { category: "question", query, expect: ["/a/"] };
  return { query: entry, ours: scores, plain: scores, top: "—", oursCount, plainCount };
};

describe("bench: the query sets", () => {
  it("reports the questions and paraphrases as their own set, after the tuning set, before the held-out sets", () => {
    const files = ["search-holdout-2.json", "search-questions.json", "search-queries.json", "search.ts"];
    files.push("search-holdout-1.json");
    const sets = querySets(files);
    expect(sets.map((set) => set.file)).toEqual([
      "search-queries.json",
      "search-questions.json",
      "search-holdout-1.json",
      "search-holdout-2.json",
    ]);
    expect(sets.map((set) => set.kind)).toEqual(["tuning", "questions", "held-out", "held-out"]);
    expect(sets[1]!.title).toMatch(/questions and paraphrases/i);
  });

  it("holds at least 40 questions, each expecting pages by their path", () => {
    const set = readQuerySet("bench/search-questions.json");
    expect(set.length).toBeGreaterThanOrEqual(40);
    for (const query of set) {
      expect(query.expect.length, query.query).toBeGreaterThan(0);
      for (const path of query.expect) expect(path, query.query).toMatch(/^\/[a-z0-9-/]+\/$/);
    }
    // Every set in bench/ is read by the bench: no query file is left out of the report.
    const files = readdirSync("bench").filter((file) => /^search-.*\.json$/.test(file));
    expect(
      querySets(readdirSync("bench"))
        .map((entry) => entry.file)
        .sort(),
    ).toEqual(files.sort());
  });

  it("rejects a set whose entries lack a query or expected pages, naming the file", () => {
    expect(() => readQuerySet("package.json")).toThrow(/package\.json/);
  });
});

describe("bench: queries with no results", () => {
  it("lists the queries that returned nothing, ours and plain Pagefind apart", () => {
    const rows = [row("ziekmelding", 0, 0), row("wie organiseert het MDO", 3, 0), row("financieel", 0, 2)];
    expect(withoutResults(rows)).toEqual({
      ours: ["ziekmelding", "financieel"],
      plain: ["ziekmelding", "wie organiseert het MDO"],
    });
    expect(withoutResults([row("verzuim", 5, 5)])).toEqual({ ours: [], plain: [] });
  });

  it("scores a query with no results as nothing found", () => {
    expect(score([], ["/a/"])).toEqual({ recall: 0, precision: 0, reciprocalRank: 0 });
    const found = ["http://site/b/", "http://site/a/"];
    expect(score(found, ["/a/", "/c/"])).toEqual({ recall: 0.5, precision: 0.5, reciprocalRank: 0.5 });
  });
});
