import { describe, expect, it } from "vitest";
import {
  backHref,
  changeHref,
  decodeAnswers,
  encodeAnswers,
  isQuestion,
  optionHref,
  pendingChange,
  replay,
  restoreRoute,
  routeTo,
  stepHref,
  type Graph,
} from "../../src/scripts/route-history.ts";

/** start → (1) welk | (2) einde-nee; welk → (1) ziek | (2) registratie; registratie → (1) mdo; mdo → (1) registratie (a loop) | (2) ziek. */
const graph: Graph = {
  start: "start",
  steps: {
    start: { options: [{ to: "welk" }, { to: "einde-nee" }] },
    welk: { options: [{ to: "ziek" }, { to: "registratie" }] },
    registratie: { options: [{ to: "mdo" }] },
    mdo: { options: [{ to: "registratie" }, { to: "ziek" }] },
    ziek: {},
    "einde-nee": {},
  },
};
const BASE = "/proef/stap/";

describe("antwoorden in the address", () => {
  it("encodes and decodes the option numbers", () => {
    expect(encodeAnswers([1, 2, 1])).toBe("1-2-1");
    expect(decodeAnswers("1-2-1")).toEqual([1, 2, 1]);
    expect(decodeAnswers("12")).toEqual([12]);
  });

  it("refuses anything that is not a list of option numbers", () => {
    for (const bad of [null, undefined, "", "0", "1-0", "-1", "1--2", "1-", "a", "1-2a", "1,2", "1 2", "1-1000", " 1"]) expect(decodeAnswers(bad)).toBeUndefined();
    expect(decodeAnswers(Array(201).fill(1).join("-"))).toBeUndefined();
    expect(decodeAnswers(Array(200).fill(1).join("-"))).toHaveLength(200);
  });

  it("replays answers from the start", () => {
    expect(replay(graph, [])).toEqual([]);
    expect(replay(graph, [1, 2, 1])).toEqual([
      { step: "start", option: 1, to: "welk" },
      { step: "welk", option: 2, to: "registratie" },
      { step: "registratie", option: 1, to: "mdo" },
    ]);
  });

  it("rejects an answer its step does not have, and answers past an end", () => {
    expect(replay(graph, [3])).toBeUndefined();
    expect(replay(graph, [1, 2, 2])).toBeUndefined();
    expect(replay(graph, [2, 1])).toBeUndefined();
    expect(replay({ start: "weg", steps: {} }, [1])).toBeUndefined();
  });

  it("replays round a loop as often as it was taken", () => {
    const visits = replay(graph, [1, 2, 1, 1, 1, 1, 1])!;
    expect(visits.map((visit) => visit.step)).toEqual(["start", "welk", "registratie", "mdo", "registratie", "mdo", "registratie"]);
    expect(replay(graph, [1, 2, 1, 1, 1, 2])?.at(-1)).toEqual({ step: "mdo", option: 2, to: "ziek" });
    // registratie has one option only.
    expect(replay(graph, [1, 2, 1, 1, 2])).toBeUndefined();
  });

  it("accepts a route only on the page it leads to", () => {
    expect(routeTo(graph, [1, 1], "ziek")).toHaveLength(2);
    expect(routeTo(graph, [1, 1], "welk")).toBeUndefined();
    expect(routeTo(graph, [], "start")).toEqual([]);
    expect(routeTo(graph, [], "welk")).toBeUndefined();
    expect(routeTo(graph, [9], "welk")).toBeUndefined();
  });

  it("brings back the part of a remembered route that ends here", () => {
    expect(restoreRoute(graph, [1, 2, 1], "registratie")).toEqual([1, 2]);
    // Round a loop: the longest part that ends here.
    expect(restoreRoute(graph, [1, 2, 1, 1, 1], "registratie")).toEqual([1, 2, 1, 1]);
    expect(restoreRoute(graph, [1, 2, 1], "einde-nee")).toBeUndefined();
    expect(restoreRoute(graph, [5], "welk")).toBeUndefined();
  });

  it("writes the links: the next step, Wijzig, back", () => {
    expect(optionHref(BASE, "welk", [], 1)).toBe("/proef/stap/welk/?antwoorden=1");
    expect(optionHref(BASE, "registratie", [1], 2)).toBe("/proef/stap/registratie/?antwoorden=1-2");
    const visits = replay(graph, [1, 2, 1])!;
    expect(changeHref(BASE, visits, 0)).toBe("/proef/stap/start/?wijzig=1-2-1");
    expect(changeHref(BASE, visits, 1)).toBe("/proef/stap/welk/?antwoorden=1&wijzig=2-1");
    expect(backHref(BASE, visits)).toBe("/proef/stap/registratie/?antwoorden=1-2");
    expect(backHref(BASE, replay(graph, [1])!)).toBe("/proef/stap/start/");
    expect(backHref(BASE, [])).toBeUndefined();
    expect(stepHref(BASE, "start", [])).toBe("/proef/stap/start/");
  });

  it("reads a Wijzig marker: the old answer, what another answer drops, and where the old route ended", () => {
    expect(pendingChange(graph, BASE, [1], [2, 1, 2])).toEqual({
      old: 2,
      dropped: [
        { step: "registratie", option: 1, to: "mdo" },
        { step: "mdo", option: 2, to: "ziek" },
      ],
      resume: "/proef/stap/ziek/?antwoorden=1-2-1-2",
    });
    expect(pendingChange(graph, BASE, [], [1])).toEqual({ old: 1, dropped: [], resume: "/proef/stap/welk/?antwoorden=1" });
  });

  it("ignores a Wijzig marker that does not fit the route", () => {
    expect(pendingChange(graph, BASE, [1], [])).toBeUndefined();
    expect(pendingChange(graph, BASE, [1], [3])).toBeUndefined();
    expect(pendingChange(graph, BASE, [1], [1, 1])).toBeUndefined();
  });

  it("counts only steps with a choice as questions", () => {
    expect(isQuestion(graph, "welk")).toBe(true);
    expect(isQuestion(graph, "registratie")).toBe(false);
    expect(isQuestion(graph, "ziek")).toBe(false);
    expect(isQuestion(graph, "bestaat-niet")).toBe(false);
  });
});
