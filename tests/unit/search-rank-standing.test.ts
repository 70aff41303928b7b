import { describe, expect, it } from "vitest";
import { rankResults } from "../../shared/search/rank.ts";

describe("search: pages without an answer of their own come last", () => {
  const page = (url: string, title: string, content: string, score: number) => ({ url, title, content, score });

  it("puts a chapter that only says its document is not on the site after every page with content", () => {
    // The stub's title is the query; the glossary only mentions it.
    const ranked = rankResults("thuiszitter", [
      {
        ...page("/a/bijlage-ldos/", "Bijlage thuiszitter", "Deze bijlage staat niet in het bronmateriaal.", 9),
        secondary: true,
      },
      page("/a/begrippen/", "Begrippen", "LDOS de thuiszitterstool waarin scholen thuiszitters registreren", 2),
    ]);
    expect(ranked.map((result) => result.url)).toEqual(["/a/begrippen/", "/a/bijlage-ldos/"]);
  });

  it("keeps our order among the pages that come last", () => {
    const ranked = rankResults("correctie", [
      { ...page("/a/verantwoording/", "Verantwoording", "een correctie", 5), secondary: true },
      { ...page("/b/verantwoording/", "Correctie", "correctie", 3), secondary: true },
      page("/a/stap/x/", "Stap", "correctie", 1),
    ]);
    expect(ranked.map((result) => result.url)).toEqual(["/a/stap/x/", "/b/verantwoording/", "/a/verantwoording/"]);
  });
});
