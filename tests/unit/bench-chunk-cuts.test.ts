import { describe, expect, it } from "vitest";
import { chunkCuts } from "../../bench/chunk-cuts.ts";

describe("bench: the cuts between chunks of a word index", () => {
  it("names each cut with the beginning its two words share, and the beginnings of 3 letters or more it splits", () => {
    const cuts = chunkCuts([["apple", "apricot"], ["apricots", "banana"], ["band", "cat"], ["dog"]]);
    expect(cuts.shown).toEqual(['apricot | apricots ("apricot")', 'banana | band ("ban")', "cat | dog"]);
    expect(cuts.split).toEqual(["apricot", "ban"]);
  });

  it("counts a beginning of one or two letters as no loss worth a query", () => {
    expect(chunkCuts([["leerplicht"], ["les"]])).toEqual({ shown: ['leerplicht | les ("le")'], split: [] });
    expect(chunkCuts([["een"]])).toEqual({ shown: [], split: [] });
  });
});
